package dev.concord.ui.team;

import dev.concord.service.RecentConnections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The Connect to a team database form without the toolkit. */
class ConnectViewModelTest {
    @TempDir
    Path dir;

    /** Records each try and lets the test finish it either way. */
    private static final class Tries implements ConnectViewModel.Connector {
        final List<String> passwords = new ArrayList<>();
        final List<String> targets = new ArrayList<>();
        Runnable done;
        Consumer<String> failed;

        @Override
        public void connect(String url, String user, String password, Runnable onDone, Consumer<String> onError) {
            targets.add(user + "@" + url);
            passwords.add(password);
            done = onDone;
            failed = onError;
        }
    }

    @Test
    void theFormStartsFromTheNewestRecentConnectionWithAnEmptyPassword() {
        RecentConnections recent = new RecentConnections(dir.resolve("recent.json"));
        recent.remember("jdbc:postgresql://old:5432/a", "ann");
        recent.remember("jdbc:postgresql://db.example:5432/reviews", "bob");
        ConnectViewModel vm = new ConnectViewModel(recent, new Tries());
        assertThat(vm.urlProperty().get()).isEqualTo("jdbc:postgresql://db.example:5432/reviews");
        assertThat(vm.userProperty().get()).isEqualTo("bob");
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(vm.recent()).hasSize(2);
    }

    @Test
    void anIncompleteFormIsNotSentAndSaysWhatToGive() {
        Tries tries = new Tries();
        ConnectViewModel vm = new ConnectViewModel(new RecentConnections(dir.resolve("recent.json")), tries);
        vm.urlProperty().set("jdbc:sqlite:/tmp/x.db");
        vm.userProperty().set("ann");
        assertThat(vm.ready()).isFalse();
        vm.connect();
        assertThat(tries.targets).isEmpty();
        assertThat(vm.errorProperty().get()).contains("jdbc:postgresql://HOST");
        vm.urlProperty().set("jdbc:postgresql://");
        assertThat(vm.ready()).as("a URL with no host").isFalse();
        vm.urlProperty().set("jdbc:postgresql://db/reviews");
        vm.userProperty().set("  ");
        assertThat(vm.ready()).as("no login").isFalse();
    }

    @Test
    void thePasswordIsClearedAsSoonAsItIsSentAndAFailureIsShownInASentence() {
        Tries tries = new Tries();
        ConnectViewModel vm = new ConnectViewModel(new RecentConnections(dir.resolve("recent.json")), tries);
        vm.urlProperty().set(" jdbc:postgresql://db/reviews ");
        vm.userProperty().set("ann");
        vm.passwordProperty().set("Tr0ub4dor&3");
        vm.connect();
        assertThat(tries.targets).containsExactly("ann@jdbc:postgresql://db/reviews");
        assertThat(tries.passwords).containsExactly("Tr0ub4dor&3");
        assertThat(vm.passwordProperty().get()).as("not held while connecting").isEmpty();
        assertThat(vm.busyProperty().get()).isTrue();
        tries.failed.accept("The server refused the password for login 'ann'.");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.connectedProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("The server refused the password for login 'ann'.");

        vm.passwordProperty().set("correct horse");
        vm.connect();
        assertThat(vm.errorProperty().get()).as("a new try clears the old error").isEmpty();
        tries.done.run();
        assertThat(vm.connectedProperty().get()).isTrue();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.passwordProperty().get()).isEmpty();
    }
}
