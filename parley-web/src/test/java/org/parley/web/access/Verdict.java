package org.parley.web.access;

/** How an answer reads for access: got past the checks, refused, or broken. */
enum Verdict {
    /** Past authentication and authorization: 2xx, a redirect that is not a refusal, 400, 409. */
    PASSED,
    /** 401, 403, a 404 that hides what the caller may not see, the redirect to sign in first, or a refusal notice. */
    REFUSED,
    /** 5xx: never acceptable. */
    BROKEN;

    static Verdict of(MatrixClient.Answer answer, boolean notFoundPasses) {
        int status = answer.status();
        if (status >= 500) {
            return BROKEN;
        }
        if (status == 401 || status == 403) {
            return REFUSED;
        }
        if (status == 404) {
            return notFoundPasses ? PASSED : REFUSED;
        }
        if (status / 100 == 3 && answer.location() != null && answer.location().startsWith("/sign-in?next=")) {
            return REFUSED;
        }
        if (status / 100 == 3 && refusedByNotice(answer.flash(), notFoundPasses)) {
            return REFUSED;
        }
        return PASSED;
    }

    /** A form refused by the platform comes back as a redirect with an error notice naming why. */
    private static boolean refusedByNotice(String flash, boolean notFoundPasses) {
        return flash.startsWith("ERROR|refused.forbidden|")
                || flash.startsWith("ERROR|refused.unauthenticated|")
                || (!notFoundPasses && flash.startsWith("ERROR|refused.notFound|"));
    }
}
