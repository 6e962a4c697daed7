package io.lsql.core.stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The files under {@code prefix}, sorted; {@code .part} files are still being written and left out. Only the
     * prefix's own folder is walked, and a file that another target's writer renames away during the walk is
     * skipped, since parallel targets write into the same stage.
     */
    @Override
    public List<String> list(String prefix) throws IOException {
        int slash = prefix.lastIndexOf('/');
        Path base = slash < 0 ? root : resolve(prefix.substring(0, slash));
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        Files.walkFileTree(base, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (attributes.isRegularFile() && !name.endsWith(".part") && name.startsWith(prefix)) {
                    names.add(name);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        names.sort(null);
        return names;
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
