package dev.concord.ui.reviewer;

import dev.concord.service.ProjectRules;
import dev.concord.service.ProjectRulesTest;
import dev.concord.store.Database;
import dev.concord.ui.common.DirectTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules editor's state without the toolkit: checked on every change, saved only when it passes. */
class RulesViewModelTest {
    @TempDir
    Path dir;

    @Test
    void everyEditIsCheckedAndOnlyAPassingTextIsSaved() {
        Database db = Database.openSqlite(dir.resolve("t.db"));
        RulesViewModel vm = new RulesViewModel(new ProjectRules(db), new DirectTaskExecutor());
        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.verdictProperty().get()).isEqualTo(RulesViewModel.NONE);
        vm.textProperty().set("{\"rules\": [{\"name\": \"x\"}]}");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.verdictProperty().get()).isEqualTo("project rules: rule 1 'x': field 'type': missing");
        boolean[] saved = new boolean[1];
        assertThat(vm.save(() -> saved[0] = true)).isFalse();
        assertThat(saved[0]).isFalse();
        assertThat(new ProjectRules(db).text()).isEmpty();
        vm.textProperty().set(ProjectRulesTest.RULES);
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.save(() -> saved[0] = true)).isTrue();
        assertThat(saved[0]).as("told once the rules are stored").isTrue();
        assertThat(new RulesViewModel(new ProjectRules(db), new DirectTaskExecutor()).textProperty().get()).isEqualTo(ProjectRulesTest.RULES);
    }
}
