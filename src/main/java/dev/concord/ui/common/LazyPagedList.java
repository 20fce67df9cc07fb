package dev.concord.ui.common;

import javafx.collections.ObservableListBase;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * A read-only observable list over a paged source: its size is the source's count and rows are fetched a
 * page at a time when a virtualised control asks for them, keeping only the most recently used pages. A
 * table over a million rows therefore holds a few hundred.
 * <p>
 * Made with a {@link TaskExecutor}, it reads the store through it, never on the calling (UI) thread: the count
 * and first page on {@link #reload}, other pages when first asked for; a row whose page is not read yet is
 * {@code null} until the page arrives and replaces it. Made without, it reads on the calling thread (for
 * sources already in memory).
 */
public final class LazyPagedList<T> extends ObservableListBase<T> {
    /** Where rows come from. */
    public interface Source<T> {
        long count();

        List<T> page(long offset, int limit);
    }

    private record First<T>(long count, List<T> page) {
    }

    private static final int PAGE = 200;
    private static final int PAGES_KEPT = 10;

    private final TaskExecutor reads;
    private Source<T> source;
    private int size;
    /** Bumped by each reload: pages read for an earlier source are dropped. */
    private int generation;
    private final Set<Long> requested = new HashSet<>();
    private boolean inGet;
    private final Map<Long, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<T>> eldest) {
            return size() > PAGES_KEPT;
        }
    };

    /** Reads on the calling thread, from a source in memory. */
    public LazyPagedList(Source<T> source) {
        this.reads = null;
        this.source = source;
        this.size = (int) Math.min(Integer.MAX_VALUE, source.count());
    }

    /** Reads through {@code reads}; empty until the first {@link #reload}. */
    public LazyPagedList(TaskExecutor reads) {
        this.reads = reads;
        this.source = null;
    }

    /** Switches to another source (or re-reads the same one) and tells listeners everything changed. */
    public void reload(Source<T> newSource) {
        reload(newSource, n -> { }, e -> { });
    }

    /**
     * Switches to another source (or re-reads the same one); once counted, tells listeners everything changed and
     * {@code counted} the count. A failed read goes to {@code failed} and leaves the list as it was.
     */
    public void reload(Source<T> newSource, LongConsumer counted, Consumer<Throwable> failed) {
        int gen = ++generation;
        if (reads == null) {
            apply(newSource, newSource.count(), null);
            counted.accept(size);
            return;
        }
        reads.run("Reading rows…", p -> new First<>(newSource.count(), newSource.page(0, PAGE)), first -> {
            if (gen == generation) {
                apply(newSource, first.count(), first.page());
                counted.accept(first.count());
            }
        }, failed);
    }

    private void apply(Source<T> newSource, long count, List<T> firstPage) {
        int oldSize = size;
        source = newSource;
        pages.clear();
        requested.clear();
        if (firstPage != null) {
            pages.put(0L, firstPage);
        }
        size = (int) Math.min(Integer.MAX_VALUE, count);
        beginChange();
        if (oldSize > 0) {
            nextRemove(0, Collections.nCopies(oldSize, (T) null));
        }
        if (size > 0) {
            nextAdd(0, size);
        }
        endChange();
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        long page = index / PAGE;
        List<T> rows = pages.get(page);
        if (rows == null && reads == null) {
            rows = source.page(page * PAGE, PAGE);
            pages.put(page, rows);
        } else if (rows == null) {
            request(page);
            rows = pages.get(page);
            if (rows == null) {
                return null;
            }
        }
        int at = index % PAGE;
        return at < rows.size() ? rows.get(at) : null;
    }

    /** Reads a page in the background; when it lands, its rows replace the placeholders. */
    private void request(long page) {
        if (!requested.add(page)) {
            return;
        }
        int gen = generation;
        Source<T> from = source;
        inGet = true;
        try {
            reads.run("Reading rows…", p -> from.page(page * PAGE, PAGE), rows -> {
                if (gen != generation) {
                    return;
                }
                requested.remove(page);
                pages.put(page, rows);
                if (!inGet) {
                    replaced(page);
                }
            }, e -> requested.remove(page));
        } finally {
            inGet = false;
        }
    }

    private void replaced(long page) {
        int from = (int) Math.min(size, page * PAGE);
        int to = (int) Math.min(size, page * PAGE + PAGE);
        if (from >= to) {
            return;
        }
        beginChange();
        for (int i = from; i < to; i++) {
            nextSet(i, null);
        }
        endChange();
    }

    @Override
    public int size() {
        return size;
    }
}
