package io.lsql.ui.wizard;

import io.lsql.core.ErrorText;
import io.lsql.core.run.RunFiles;
import io.lsql.core.run.RunReport;
import io.lsql.ui.common.TaskRunner;
import io.lsql.ui.common.UserDesktop;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The Report page's actions on the run's files: open the stage or a target's rejects. A local stage opens in the
 * desktop's file browser, off the FX thread; an S3 stage's URI goes to the clipboard. What happened is one sentence.
 */
public final class ReportViewModel {

    private final TaskRunner tasks;
    private final ObjectProperty<RunReport> report;

    public final StringProperty message = new SimpleStringProperty("");

    ReportViewModel(TaskRunner tasks, ObjectProperty<RunReport> report) {
        this.tasks = tasks;
        this.report = report;
        report.addListener((o, old, now) -> message.set(""));
    }

    /** Opens (local) or copies (S3) the run's stage. */
    public void openStage(UserDesktop desktop) {
        RunReport run = report.get();
        if (run != null) {
            show(run.stage(), "the stage", desktop);
        }
    }

    /** Opens (local) or copies (S3) where {@code target}'s rejects are. */
    public void openRejects(RunReport.Line target, UserDesktop desktop) {
        RunReport run = report.get();
        String rejects = run == null ? null : RunFiles.rejects(run.stage(), target);
        if (rejects == null) {
            message.set(target.table() + " has no rejects.");
            return;
        }
        show(rejects, "the rejects of " + target.table(), desktop);
    }

    private void show(String uri, String what, UserDesktop desktop) {
        if (uri.startsWith("s3://")) {
            desktop.copy(uri);
            message.set("Copied " + uri + " to the clipboard: " + what + " is in S3 (aws s3 ls or the S3 console shows it).");
            return;
        }
        Path path = uri.startsWith("file:") ? Path.of(URI.create(uri)) : Path.of(uri);
        tasks.run("Open " + what, (progress, cancel) -> {
            if (!Files.exists(path)) {
                throw new NoSuchFileException(path.toString(), null, "it does not exist (any more)");
            }
            desktop.open(path);
            return path;
        }, opened -> message.set("Opened " + opened + "."),
                e -> message.set("Cannot open " + what + " (" + path + "): " + ErrorText.of(e) + "."));
    }
}
