/**
 * Who is calling: sign-in, sessions, CSRF and API tokens.
 *
 * <p>Sessions are stateless signed cookies ({@link org.parley.web.auth.SessionCodec}) so that any web
 * node holding the installation's {@link org.parley.web.auth.ServerSecret} serves any request, with no
 * session table. Each sign-in creates a new random session identifier (no fixation); the CSRF token
 * is an HMAC of that identifier, so it is bound to the session and needs no storage either. The
 * price: signing out clears the cookie in the browser, but a copy of the cookie stays valid until it
 * expires (12 hours for {@code parley serve}); changing {@code PARLEY_SECRET} ends every session at
 * once. Scripts use API tokens ({@code Authorization: Bearer}), which are stored hashed by the core,
 * revocable, and exempt from CSRF checks because browsers never send them on their own.
 */
package org.parley.web.auth;
