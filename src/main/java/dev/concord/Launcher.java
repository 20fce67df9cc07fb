package dev.concord;

import dev.concord.cli.ConcordCli;
import dev.concord.ui.ConcordApp;

/**
 * The jar's entry point: with no arguments it opens the app, with a subcommand it runs the CLI. It does not
 * extend {@code Application}, so a plain (shaded) jar can start JavaFX.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args.length == 1 && args[0].startsWith("--db=")) {
            ConcordApp.main(args);
        } else {
            ConcordCli.main(args);
        }
    }
}
