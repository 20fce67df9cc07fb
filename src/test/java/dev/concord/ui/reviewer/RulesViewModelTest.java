package dev.concord.ui.reviewer;

import dev.concord.service.ProjectRules;
import dev.concord.service.ProjectRulesTest;
import dev.concord.store.Database;
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
        RulesViewModel vm = new RulesViewModel(new ProjectRules(db));
        assertThat(vm.verdictProperty().get()).isEqualTo(RulesViewModel.NONE);
        vm.textProperty().set("{\"rules\": [{\"name\": \"x\"}]}");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.verdictProperty().get()).isEqualTo("project rules: rule 1 'x': field 'type': missing");
        assertThat(vm.save()).isFalse();
        assertThat(new ProjectRules(db).text()).isEmpty();
        vm.textProperty().set(ProjectRulesTest.RULES);
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.save()).isTrue();
        assertThat(new RulesViewModel(new ProjectRules(db)).textProperty().get()).isEqualTo(ProjectRulesTest.RULES);
    }
}
