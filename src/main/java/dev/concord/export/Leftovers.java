package dev.concord.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Hidden folders beside an export target left by interrupted exports ({@code .DIR.tmp-…}, {@code .DIR.old-…}).
 *
 * @param removed the ones this export deleted
 * @param kept    the ones it left alone, each with the reason (in use by a running export, or holding files no
 *                export writes)
 */
public record Leftovers(List<Path> removed, Map<Path, String> kept) {
    public static final Leftovers NONE = new Leftovers(List.of(), Map.of());

    public Leftovers {
        removed = List.copyOf(removed);
        kept = Map.copyOf(kept);
    }
}
