package dev.concord.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command and subcommand of the picocli tree answers {@code --help} with its usage and exit 0. */
class HelpTest {
    @TestFactory
    Stream<DynamicTest> everyCommandAnswersHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(ConcordCli.commandLine(), new ArrayList<>(), paths);
        assertThat(paths).as("the tree was walked").extracting(p -> String.join(" ", p))
                .contains("", "reviews", "reviews import", "reviews export", "bench", "agreement");
        return paths.stream().map(path -> DynamicTest.dynamicTest("concord " + String.join(" ", path) + " --help", () -> {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliTest.Run r = CliTest.run(args.toArray(String[]::new));
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("Usage: concord" + (path.isEmpty() ? "" : " " + String.join(" ", path)));
            assertThat(r.err()).isEmpty();
        }));
    }

    private static void collect(CommandLine line, List<String> path, List<List<String>> out) {
        out.add(List.copyOf(path));
        line.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandSpec().name().equals(name)) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                collect(sub, next, out);
            }
        });
    }
}
