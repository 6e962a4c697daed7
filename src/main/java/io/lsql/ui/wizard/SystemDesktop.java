package io.lsql.ui.wizard;

import io.lsql.core.LsqlException;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;

/** The real desktop: the system's file browser or viewer through {@link Desktop}, the JavaFX clipboard. */
final class SystemDesktop implements StageDesktop {

    @Override
    public void open(Path path) throws IOException {
        if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new LsqlException("this session has no desktop to open files with (headless, or no file browser registered)");
        }
        Desktop.getDesktop().open(path.toFile());
    }

    @Override
    public void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
