package org.parley.web;

/**
 * Settings of one web node.
 *
 * @param host interface to bind, e.g. 127.0.0.1 or 0.0.0.0
 * @param port TCP port; 0 picks a free one (tests)
 * @param maxRequestBytes larger request bodies are refused with 413
 * @param secureCookies mark cookies Secure (behind HTTPS)
 * @param trustedProxies reverse proxies whose X-Forwarded-For names the client (for throttling and logs)
 */
public record WebSettings(
        String host, int port, long maxRequestBytes, boolean secureCookies, TrustedProxies trustedProxies) {
    public static final long DEFAULT_MAX_REQUEST_BYTES = 20L * 1024 * 1024;

    public WebSettings(String host, int port, long maxRequestBytes, boolean secureCookies) {
        this(host, port, maxRequestBytes, secureCookies, TrustedProxies.NONE);
    }

    public static WebSettings local(int port) {
        return new WebSettings("127.0.0.1", port, DEFAULT_MAX_REQUEST_BYTES, false);
    }
}
