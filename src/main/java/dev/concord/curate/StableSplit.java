package dev.concord.curate;

/**
 * Puts a source on the eval or the train side by a hash of its id, so the same item lands on the same side in
 * every export (as long as the share does not change, and raising the share only adds items to eval).
 * The position of an id is {@code u = (first 64 bits of SHA-256("concord-split:" + id)) >>> 11 / 2^53}, uniform
 * in [0, 1); the id goes to eval when {@code u < share}.
 */
public final class StableSplit {
    private static final double TWO_POW_53 = 9007199254740992.0;

    private StableSplit() {
    }

    /** The id's position in [0, 1). */
    public static double position(String id) {
        return (PromptKey.hash64("concord-split:" + id) >>> 11) / TWO_POW_53;
    }

    public static boolean toEval(String id, double share) {
        return position(id) < share;
    }
}
