package io.lsql.ui.wizard;

import java.io.IOException;
import java.nio.file.Path;

/** What the desktop does with a run's files: open a local file or folder (may be slow: off the FX thread), copy a URI. */
public interface StageDesktop {

    void open(Path path) throws IOException;

    /** Puts {@code text} on the clipboard; called on the FX thread. */
    void copy(String text);
}
