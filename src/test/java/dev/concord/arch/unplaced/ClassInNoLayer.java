package dev.concord.arch.unplaced;

/** Deliberately in a package that is in no layer, for {@code LayerRulesCanFailTest}. */
public final class ClassInNoLayer {
    public int answer() {
        return 42;
    }
}
