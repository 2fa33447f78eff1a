-- Documents attached to a policy update. The attachment names the document; its content reaches a
-- reader only through the release gate, like any other document.
CREATE TABLE policy_update_attachments (
    update_id   BIGINT NOT NULL REFERENCES policy_updates (id),
    document_id BIGINT NOT NULL REFERENCES documents (id),
    attached_by BIGINT NOT NULL REFERENCES users (id),
    attached_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (update_id, document_id)
);
