package dev.concord.redact;

/** Small look-arounds that tell an e-mail address from URL and git-remote syntax. */
final class UrlContext {

    private UrlContext() {
    }

    /** {@code git@github.com:org/repo.git}: the SSH remote user "git", followed by a colon. */
    static boolean isGitRemote(String text, int start, int end) {
        return text.startsWith("git@", start) && end < text.length() && text.charAt(end) == ':';
    }

    /**
     * Whether {@code start} follows {@code scheme://user:}, i.e. the match begins with the password
     * of a URL's user-info, which the url-credentials rule already covers.
     */
    static boolean isUserInfoPassword(String text, int start) {
        int i = start - 1;
        if (i < 0 || text.charAt(i) != ':') {
            return false;
        }
        i--;
        while (i >= 0 && text.charAt(i) != '/' && text.charAt(i) != '@' && !Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 2 && text.startsWith("://", i - 2);
    }
}
