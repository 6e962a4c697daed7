package io.lsql.core.stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** A stage in a local folder; files are written under a temporary name and renamed when complete. */
public final class LocalStage implements Stage {

    private final Path root;

    public LocalStage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public String uri() {
        return root.toUri().toString();
    }

    @Override
    public OutputStream create(String name) throws IOException {
        Path target = resolve(name);
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        OutputStream out = Files.newOutputStream(temp);
        return new PublishOnClose(out,
                () -> Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE));
    }

    @Override
    public InputStream open(String name) throws IOException {
        return Files.newInputStream(resolve(name));
    }

    @Override
    public boolean exists(String name) {
        return Files.exists(resolve(name));
    }

    @Override
    public List<String> list(String prefix) throws IOException {
        Path base = root;
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(base)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".part"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.startsWith(prefix))
                    .sorted().toList();
        }
    }

    @Override
    public void delete(String name) throws IOException {
        Files.deleteIfExists(resolve(name));
    }

    @Override
    public void checkWritable() throws IOException {
        Files.createDirectories(root);
        Path probe = Files.createTempFile(root, ".probe", ".tmp");
        Files.delete(probe);
    }

    private Path resolve(String name) {
        Path path = root.resolve(name).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("stage file outside the stage: " + name);
        }
        return path;
    }
}
