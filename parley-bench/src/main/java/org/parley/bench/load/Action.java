package org.parley.bench.load;

/** What a virtual user does in one step of a load test. */
enum Action {
    /** {@code POST /api/v1/screen} with one name. */
    SCREEN,
    /** {@code POST /api/v1/decide} with a contract request. */
    DECIDE,
    /** {@code GET /api/v1/groups}: a signed-in API read of the database. */
    VIEW,
    /** {@code GET /groups/{id}}: the load group's HTML page, rendered with its meetings, documents and members. */
    PAGE,
    /** {@code POST /api/v1/versions/{id}/releases}: the release gate to the fixture's recipients, written to the ledger. */
    RELEASE,
    /** {@code POST /api/v1/session}: a fresh sign-in (password hashing included). */
    LOGIN
}
