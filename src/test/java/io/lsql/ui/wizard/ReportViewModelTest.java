package io.lsql.ui.wizard;

import io.lsql.core.run.RunReport;
import io.lsql.core.run.SourceOutcome;
import io.lsql.core.run.TargetState;
import io.lsql.ui.common.DirectTaskRunner;
import io.lsql.ui.common.SystemDesktop;
import io.lsql.ui.common.UserDesktop;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Report page's Open stage / Open rejects without a window: local files open off the FX thread, S3 URIs are copied. */
class ReportViewModelTest {

    private final List<Path> opened = new ArrayList<>();
    private final List<String> copied = new ArrayList<>();
    private final UserDesktop desktop = new UserDesktop() {
        @Override
        public void open(Path path) {
            opened.add(path);
        }

        @Override
        public void browse(Path file) {
            throw new AssertionError("the Report page never browses");
        }

        @Override
        public void copy(String text) {
            copied.add(text);
        }
    };

    @Test
    void aLocalStageOpensItsFolderAndATargetsRejectsFile(@TempDir Path stage) throws Exception {
        Path rejects = stage.resolve("targets/t_orders/sources/Orders/rejects.jsonl");
        Files.createDirectories(rejects.getParent());
        Files.writeString(rejects, "{}\n");
        ReportViewModel vm = model(stage.toUri().toString());
        vm.openStage(desktop);
        vm.openRejects(line("t_orders", new SourceOutcome("Orders", 3, 2, 1, 0, 0, null, null, null)), desktop);
        assertEquals(List.of(stage, rejects), opened);
        assertTrue(vm.message.get().startsWith("Opened " + rejects), vm.message.get());
        assertEquals(List.of(), copied);
    }

    @Test
    void anS3StageIsCopiedToTheClipboardAndSaysSo() {
        ReportViewModel vm = model("s3://lsql-stage/runs/app_db-1/");
        vm.openStage(desktop);
        assertEquals(List.of("s3://lsql-stage/runs/app_db-1/"), copied);
        assertTrue(vm.message.get().contains("clipboard"), vm.message.get());
        vm.openRejects(line("t", new SourceOutcome("a", 3, 1, 1, 1, 0, null, null, null),
                new SourceOutcome("b", 3, 2, 1, 0, 0, null, null, null)), desktop);
        assertEquals("s3://lsql-stage/runs/app_db-1/targets/t/sources/", copied.get(1), "two rejecting sources: their folder");
        assertEquals(List.of(), opened);
    }

    @Test
    void aTargetWithoutRejectsOrAMissingFolderSaysWhyInsteadOfOpening(@TempDir Path dir) {
        ReportViewModel vm = model(dir.resolve("gone").toUri().toString());
        vm.openRejects(line("t", new SourceOutcome("a", 3, 3, 0, 0, 0, null, null, null)), desktop);
        assertEquals("t has no rejects.", vm.message.get());
        vm.openStage(desktop);
        assertTrue(vm.message.get().startsWith("Cannot open the stage (" + dir.resolve("gone")) && vm.message.get().contains("does not exist"),
                vm.message.get());
        assertEquals(List.of(), opened);
    }

    @Test
    void headlessTheSystemDesktopFailsWithASentenceNotAnException(@TempDir Path stage) {
        assertTrue(java.awt.GraphicsEnvironment.isHeadless(), "the tests run with -Djava.awt.headless=true");
        ReportViewModel vm = model(stage.toUri().toString());
        vm.openStage(new SystemDesktop());
        assertTrue(vm.message.get().startsWith("Cannot open the stage") && vm.message.get().contains("no desktop"), vm.message.get());
    }

    private static ReportViewModel model(String stage) {
        RunReport report = new RunReport("run-1", "hash", "jdbc:mariadb://x/db", stage, "s", "f", 1, TargetState.DONE, 0,
                List.of(), List.of());
        return new ReportViewModel(new DirectTaskRunner(), new SimpleObjectProperty<>(report));
    }

    private static RunReport.Line line(String table, SourceOutcome... sources) {
        long rejects = java.util.Arrays.stream(sources).mapToLong(s -> s.rejects() + s.duplicateKeys()).sum();
        return new RunReport.Line(table, rejects > 0 ? TargetState.REJECTS : TargetState.DONE, "batch", 3, 3, rejects, 3, 0, 0, 0,
                null, 0, 0, 0, 0, null, List.of(sources));
    }
}
