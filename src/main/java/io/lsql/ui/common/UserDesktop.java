package io.lsql.ui.common;

import java.nio.file.Path;

/**
 * What the desktop does with the workbench's files: open one in its application or folder in the file browser, show one
 * in the web browser (both may start a process: call them off the FX thread), copy a text such as an S3 URI.
 */
public interface UserDesktop {

    /** Opens a local file or folder with the desktop's application for it. */
    void open(Path path);

    /** Shows a local file (an HTML or Markdown report) in the system's web browser. */
    void browse(Path file);

    /** Puts {@code text} on the clipboard; called on the FX thread. */
    void copy(String text);
}
