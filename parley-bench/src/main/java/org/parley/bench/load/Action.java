package org.parley.bench.load;

/** What a virtual user does in one step of a load test. */
enum Action {
    /** {@code POST /api/v1/screen} with one name. */
    SCREEN,
    /** {@code POST /api/v1/decide} with a contract request. */
    DECIDE,
    /** {@code GET /api/v1/groups}: a signed-in page/API view that reads the database. */
    VIEW,
    /** {@code POST /api/v1/session}: a fresh sign-in (password hashing included). */
    LOGIN
}
