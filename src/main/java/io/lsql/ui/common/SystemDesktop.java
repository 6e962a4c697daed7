package io.lsql.ui.common;

import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The real desktop through {@link Desktop}: the file browser or the file's application, the web browser, and the JavaFX
 * clipboard. Without a desktop session (headless, or no application registered) each action fails with one sentence.
 */
public final class SystemDesktop implements UserDesktop {

    @Override
    public void open(Path path) {
        if (!supports(Desktop.Action.OPEN)) {
            throw new LsqlException("this session has no desktop to open files with (headless, or no file browser registered)");
        }
        try {
            Desktop.getDesktop().open(path.toFile());
        } catch (IOException | UnsupportedOperationException e) {
            throw new LsqlException("the desktop could not open it: " + ErrorText.of(e), e);
        }
    }

    @Override
    public void browse(Path file) {
        if (!supports(Desktop.Action.BROWSE)) {
            throw new LsqlException("No system browser can be opened from here (no desktop session): open " + file + " yourself.");
        }
        try {
            Desktop.getDesktop().browse(file.toUri());
        } catch (IOException | UnsupportedOperationException e) {
            throw new LsqlException("Opening the system browser failed: " + ErrorText.of(e) + ".", e);
        }
    }

    @Override
    public void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static boolean supports(Desktop.Action action) {
        return !GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(action);
    }
}
