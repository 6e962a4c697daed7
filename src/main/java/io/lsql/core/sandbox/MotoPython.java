package io.lsql.core.sandbox;

import io.lsql.core.LsqlException;
import io.lsql.core.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which Python runs moto: {@code LSQL_PYTHON} when set; else the {@code python3} on the PATH when it
 * has moto; else a private virtual environment under {@code ~/.cache/lsql/moto-venv}, created on first
 * use with {@code python3 -m venv} and a pinned {@link #MOTO} installed by pip, then reused.
 */
public final class MotoPython {

    /** The moto the sandbox is tested with (its launcher, lsql_moto.py, patches this version). */
    public static final String MOTO = "moto[server]==5.2.1";
    public static final String ENV = "LSQL_PYTHON";

    private static final Logger LOG = LoggerFactory.getLogger(MotoPython.class);

    private final Map<String, String> env;
    private final Path venv;

    /** @param env the environment to read PATH and LSQL_PYTHON from (and to run pip with) */
    public MotoPython(Map<String, String> env, Path cacheDir) {
        this.env = Map.copyOf(env);
        this.venv = cacheDir.resolve("moto-venv");
    }

    /** For this user: the process environment and {@code $XDG_CACHE_HOME/lsql} (else {@code ~/.cache/lsql}). */
    public static MotoPython forUser() {
        return new MotoPython(System.getenv(), MariaDbBinaries.cacheDir());
    }

    /** The Python executable that has moto, creating the private environment when needed; else one sentence says what to do. */
    public String resolve(ProgressListener progress) {
        String configured = env.get(ENV);
        if (configured != null && !configured.isBlank()) {
            Probe probe = probe(configured);
            if (!probe.hasMoto()) {
                throw new LsqlException(ENV + "=" + configured + " names a Python without moto (" + probe.detail()
                        + "); install it with: " + configured + " -m pip install \"" + MOTO + "\", or unset " + ENV + ".");
            }
            return configured;
        }
        Optional<Path> python3 = onPath("python3");
        if (python3.isPresent() && probe(python3.get().toString()).hasMoto()) {
            return python3.get().toString();
        }
        Path venvPython = venv.resolve("bin").resolve("python");
        if (Files.isExecutable(venvPython) && probe(venvPython.toString()).hasMoto()) {
            return venvPython.toString();
        }
        if (python3.isEmpty()) {
            throw new LsqlException("python3 was not found on the PATH; install Python 3 with its venv module "
                    + "(e.g. apt-get install python3 python3-venv), or set " + ENV + " to a Python that has moto.");
        }
        createVenv(python3.get(), progress);
        install(venvPython, progress);
        Probe installed = probe(venvPython.toString());
        if (!installed.hasMoto()) {
            throw new LsqlException("moto was installed into " + venv + " but does not start (" + installed.detail() + "); run: "
                    + venvPython + " -m pip install --force-reinstall \"" + MOTO + "\".");
        }
        return venvPython.toString();
    }

    /** The private environment's folder. */
    public Path venv() {
        return venv;
    }

    private void createVenv(Path python3, ProgressListener progress) {
        progress.progress("Creating a Python environment for moto in " + venv, 0, 0);
        LOG.info("{} has no moto: creating {}", python3, venv);
        Result result = run(List.of(python3.toString(), "-m", "venv", "--clear", venv.toString()), line -> { });
        if (result.exit() != 0) {
            throw new LsqlException(python3 + " -m venv " + venv + " failed (" + result.lastLine() + "); install Python's venv "
                    + "module (e.g. apt-get install python3-venv), or set " + ENV + " to a Python that has moto.");
        }
    }

    private void install(Path venvPython, ProgressListener progress) {
        progress.progress("Installing " + MOTO + " with pip", 0, 0);
        LOG.info("Installing {} into {}", MOTO, venv);
        Result result = run(List.of(venvPython.toString(), "-m", "pip", "install", "--disable-pip-version-check",
                "--progress-bar", "off", MOTO), line -> {
            if (line.startsWith("Collecting") || line.startsWith("Downloading") || line.startsWith("Installing")
                    || line.startsWith("Successfully")) {
                progress.progress("pip: " + line.strip(), 0, 0);
            }
        });
        if (result.exit() != 0) {
            throw new LsqlException("pip could not install " + MOTO + " into " + venv + " (" + result.lastLine()
                    + "); run: " + venvPython + " -m pip install \"" + MOTO + "\" where a package index is reachable, or set "
                    + ENV + " to a Python that has moto.");
        }
    }

    /** Whether {@code python} can import moto's server, and what it said when it cannot. */
    record Probe(boolean hasMoto, String detail) {
    }

    Probe probe(String python) {
        Result result = run(List.of(python, "-c", "import moto.server, moto; print(moto.__version__)"), line -> { });
        if (result.exit() == 0) {
            return new Probe(true, "moto " + result.lastLine());
        }
        return new Probe(false, result.lastLine());
    }

    Optional<Path> onPath(String name) {
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private record Result(int exit, String lastLine) {
    }

    private Result run(List<String> command, java.util.function.Consumer<String> lines) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env);
        List<String> output = new ArrayList<>();
        try {
            Process process = builder.start();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    LOG.debug("{}: {}", command.get(0), line);
                    output.add(line);
                    lines.accept(line);
                }
            }
            int exit = process.waitFor();
            String last = output.stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output").strip();
            return new Result(exit, last);
        } catch (IOException e) {
            return new Result(127, command.get(0) + " cannot be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LsqlException("Interrupted while preparing Python for moto.", e);
        }
    }
}
