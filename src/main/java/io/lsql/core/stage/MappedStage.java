package io.lsql.core.stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A part of a stage that looks like a stage of its own: its data files ({@code data/…}) live under
 * {@code dataPrefix} and everything else (manifest, checkpoints, rejects) under {@code runPrefix}. The
 * sources of one plan target share the target's data prefix, so one ImportTable reads them all.
 */
public final class MappedStage implements Stage {

    private static final String DATA = "data/";

    private final Stage base;
    private final String dataPrefix;
    private final String runPrefix;

    /** Both prefixes end with '/'. */
    public MappedStage(Stage base, String dataPrefix, String runPrefix) {
        this.base = base;
        this.dataPrefix = dataPrefix;
        this.runPrefix = runPrefix;
    }

    public Stage base() {
        return base;
    }

    @Override
    public String uri() {
        String root = base.uri();
        return (root.endsWith("/") ? root : root + "/") + runPrefix.substring(0, runPrefix.length() - 1);
    }

    private String map(String name) {
        return name.startsWith(DATA) ? dataPrefix + name.substring(DATA.length()) : runPrefix + name;
    }

    @Override
    public OutputStream create(String name) throws IOException {
        return base.create(map(name));
    }

    @Override
    public InputStream open(String name) throws IOException {
        return base.open(map(name));
    }

    @Override
    public boolean exists(String name) throws IOException {
        return base.exists(map(name));
    }

    @Override
    public List<String> list(String prefix) throws IOException {
        List<String> names = new ArrayList<>();
        if (prefix.startsWith(DATA) || DATA.startsWith(prefix)) {
            String rest = prefix.startsWith(DATA) ? prefix.substring(DATA.length()) : "";
            for (String name : base.list(dataPrefix + rest)) {
                names.add(DATA + name.substring(dataPrefix.length()));
            }
        }
        if (!prefix.startsWith(DATA)) {
            for (String name : base.list(runPrefix + prefix)) {
                names.add(name.substring(runPrefix.length()));
            }
        }
        names.sort(null);
        return names;
    }

    @Override
    public void delete(String name) throws IOException {
        base.delete(map(name));
    }

    @Override
    public void checkWritable() throws IOException {
        base.checkWritable();
    }
}
