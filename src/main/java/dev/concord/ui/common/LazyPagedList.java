package dev.concord.ui.common;

import javafx.collections.ObservableListBase;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read-only observable list over a paged source: its size is the source's count and rows are fetched a
 * page at a time when a virtualised control asks for them, keeping only the most recently used pages. A
 * table over a million rows therefore holds a few hundred.
 */
public final class LazyPagedList<T> extends ObservableListBase<T> {
    /** Where rows come from. */
    public interface Source<T> {
        long count();

        List<T> page(long offset, int limit);
    }

    private static final int PAGE = 200;
    private static final int PAGES_KEPT = 10;

    private Source<T> source;
    private int size;
    private final Map<Long, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<T>> eldest) {
            return size() > PAGES_KEPT;
        }
    };

    public LazyPagedList(Source<T> source) {
        this.source = source;
        this.size = (int) Math.min(Integer.MAX_VALUE, source.count());
    }

    /** Switches to another source (or re-reads the same one) and tells listeners everything changed. */
    public void reload(Source<T> newSource) {
        int oldSize = size;
        this.source = newSource;
        pages.clear();
        size = (int) Math.min(Integer.MAX_VALUE, newSource.count());
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
        List<T> rows = pages.computeIfAbsent(page, p -> source.page(p * PAGE, PAGE));
        int at = index % PAGE;
        return at < rows.size() ? rows.get(at) : null;
    }

    @Override
    public int size() {
        return size;
    }
}
