package org.parley.web;

/** One registered HTTP endpoint: method (upper case) and path pattern, e.g. {@code GET /api/v1/groups/{groupId}}. */
public record Route(String method, String path) {

    @Override
    public String toString() {
        return method + " " + path;
    }
}
