package dev.concord.service.archfixture;

/** Deliberately breaks "only cli uses the standard streams", for {@code LayerRulesCanFailTest}. */
public final class ServicePrinting {
    public void report(String line) {
        System.out.println(line);
    }
}
