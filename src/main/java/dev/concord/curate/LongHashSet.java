package dev.concord.curate;

/** A set of longs in open-addressing arrays: 8 to 16 bytes per key, no boxing. Not thread-safe. */
public final class LongHashSet {
    private long[] keys = new long[1024];
    private boolean[] used = new boolean[1024];
    private int size;

    /** Adds the key; returns false if it was already there. */
    public boolean add(long key) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int i = slot(key, keys.length);
        while (used[i]) {
            if (keys[i] == key) {
                return false;
            }
            i = (i + 1) & (keys.length - 1);
        }
        used[i] = true;
        keys[i] = key;
        size++;
        return true;
    }

    public boolean contains(long key) {
        int i = slot(key, keys.length);
        while (used[i]) {
            if (keys[i] == key) {
                return true;
            }
            i = (i + 1) & (keys.length - 1);
        }
        return false;
    }

    public int size() {
        return size;
    }

    private static int slot(long key, int capacity) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & (capacity - 1);
    }

    private void grow() {
        long[] oldKeys = keys;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                add(oldKeys[i]);
            }
        }
    }
}
