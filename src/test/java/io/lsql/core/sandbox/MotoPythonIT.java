package io.lsql.core.sandbox;

import io.lsql.core.LsqlException;
import io.lsql.core.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Choosing the Python that runs moto on a machine whose PATH has a python3 without it (Debian's
 * /usr/bin/python3 here), with LSQL_PYTHON, and through the private environment up to pip. These
 * machines reach no package index, so pip's failure is what the last test sees.
 */
class MotoPythonIT {

    /** Debian's interpreter: venv and pip, no moto. */
    private static final Path PLAIN = Path.of("/usr/bin/python3");
    /** The python3 on this JVM's PATH, which has moto (a pyenv shim here: its sys.executable, so no bash is needed). */
    private static String onPath;
    private static String withMoto;

    @BeforeAll
    static void interpreters() throws Exception {
        onPath = new MotoPython(System.getenv(), Path.of("unused")).onPath("python3").orElseThrow().toString();
        Process real = new ProcessBuilder(onPath, "-c", "import sys; print(sys.executable)").start();
        withMoto = new String(real.getInputStream().readAllBytes()).strip();
        real.waitFor();
        MotoPython probe = new MotoPython(System.getenv(), Path.of("unused"));
        assertTrue(probe.probe(withMoto).hasMoto(), "the python3 on the PATH needs moto: python3 -m pip install \"" + MotoPython.MOTO + "\"");
        assertTrue(Files.isExecutable(PLAIN) && !probe.probe(PLAIN.toString()).hasMoto(),
                "these tests need a python3 without moto at " + PLAIN + ": apt-get install -y python3 python3-venv");
    }

    /** PATH holds only a folder with a python3 that has no moto. */
    private static Map<String, String> plainPath(Path dir, String... extra) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.deleteIfExists(bin.resolve("python3"));
        Files.createSymbolicLink(bin.resolve("python3"), PLAIN);
        Map<String, String> env = new HashMap<>(Map.of("PATH", bin.toString(), "HOME", dir.toString()));
        for (int i = 0; i < extra.length; i += 2) {
            env.put(extra[i], extra[i + 1]);
        }
        return env;
    }

    @Test
    void thePythonOnThePathIsUsedWhenItHasMoto(@TempDir Path cache) {
        MotoPython python = new MotoPython(System.getenv(), cache);
        assertEquals(onPath, python.resolve(ProgressListener.NONE));
        assertFalse(Files.exists(python.venv()), "no private environment is created when it is not needed");
    }

    @Test
    void lsqlPythonIsUsedWhenThePathsPythonHasNoMoto(@TempDir Path dir) throws Exception {
        MotoPython python = new MotoPython(plainPath(dir, MotoPython.ENV, withMoto), dir.resolve("cache"));
        assertEquals(withMoto, python.resolve(ProgressListener.NONE));
        assertFalse(Files.exists(python.venv()));
    }

    @Test
    void lsqlPythonWithoutMotoIsOneSentence(@TempDir Path dir) throws Exception {
        MotoPython python = new MotoPython(plainPath(dir, MotoPython.ENV, PLAIN.toString()), dir.resolve("cache"));
        LsqlException e = assertThrows(LsqlException.class, () -> python.resolve(ProgressListener.NONE));
        assertEquals("LSQL_PYTHON=/usr/bin/python3 names a Python without moto (ModuleNotFoundError: No module named 'moto'); "
                + "install it with: /usr/bin/python3 -m pip install \"" + MotoPython.MOTO + "\", or unset LSQL_PYTHON.", e.getMessage());
    }

    @Test
    void withoutPython3OneSentenceSaysWhatToInstall(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("PATH", Files.createDirectories(dir.resolve("empty")).toString());
        LsqlException e = assertThrows(LsqlException.class, () -> new MotoPython(env, dir.resolve("cache")).resolve(ProgressListener.NONE));
        assertEquals("python3 was not found on the PATH; install Python 3 with its venv module (e.g. apt-get install python3 "
                + "python3-venv), or set LSQL_PYTHON to a Python that has moto.", e.getMessage());
    }

    @Test
    void aPrivateEnvironmentThatHasMotoIsReused(@TempDir Path dir) throws Exception {
        MotoPython python = new MotoPython(plainPath(dir), dir.resolve("cache"));
        // stands in for an environment a previous run installed moto into
        Process venv = new ProcessBuilder(withMoto, "-m", "venv", "--without-pip", "--system-site-packages",
                python.venv().toString()).inheritIO().start();
        assertEquals(0, venv.waitFor());
        assertEquals(python.venv().resolve("bin/python").toString(), python.resolve(ProgressListener.NONE));
    }

    @Test
    void whenPipCannotInstallOneSentenceSaysWhatToRun(@TempDir Path dir) throws Exception {
        MotoPython python = new MotoPython(plainPath(dir, "PIP_RETRIES", "0", "PIP_TIMEOUT", "5"), dir.resolve("cache"));
        List<String> progress = new ArrayList<>();
        LsqlException e = assertThrows(LsqlException.class, () -> python.resolve((message, done, total) -> progress.add(message)));
        Path venvPython = python.venv().resolve("bin/python");
        assertTrue(Files.isExecutable(venvPython), "the private environment was created with python3 -m venv");
        assertTrue(e.getMessage().startsWith("pip could not install " + MotoPython.MOTO + " into " + python.venv() + " ("),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("); run: " + venvPython + " -m pip install \"" + MotoPython.MOTO
                + "\" where a package index is reachable, or set LSQL_PYTHON to a Python that has moto."), e.getMessage());
        assertEquals(List.of("Creating a Python environment for moto in " + python.venv(), "Installing " + MotoPython.MOTO + " with pip"),
                progress.subList(0, 2), "the user sees each step");
    }
}
