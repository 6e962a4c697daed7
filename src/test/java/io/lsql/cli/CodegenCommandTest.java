package io.lsql.cli;

import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.plan.AttributeRule;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyTemplateSpec;
import io.lsql.core.plan.KeyType;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanFiles;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code lsql codegen java} from a plan file: the project is written; bad input is one sentence and exit 2. */
class CodegenCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LsqlCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Path repsPlan(Path dir) {
        TargetSource reps = new TargetSource("Reps", MigrationSource.Kind.TABLE, "Reps", null,
                List.of(new KeyTemplateSpec("rep_id", "{rep_id}")), List.of(new AttributeRule("rep_id", "rep_id", "S", null, null),
                new AttributeRule("rep_name", "rep_name", "S", null, null), new AttributeRule("last_updated", "last_updated", "S", null, null)),
                false);
        Target target = new Target("Reps", new KeyAttribute("rep_id", KeyType.S), null, List.of(), null, null, 0, 0, null, null, null,
                List.of(reps));
        Path plan = dir.resolve("plan.json");
        PlanFiles.write(new Plan(Plan.VERSION, null, null, "file:///tmp/stage", null, List.of(target)), plan);
        return plan;
    }

    @Test
    void writesAMavenProjectWithABeanADaoAndATest(@TempDir Path dir) {
        Path out = dir.resolve("generated");
        Run run = run("codegen", "java", "--design", repsPlan(dir).toString(), "--package", "com.example.reps", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Generated Reps") && run.out().contains("to " + out), run.out());
        Path sources = out.resolve("src/main/java/com/example/reps");
        for (Path file : List.of(sources.resolve("Reps.java"), sources.resolve("RepsDao.java"), sources.resolve("Page.java"),
                out.resolve("src/test/java/com/example/reps/RepsDaoTest.java"), out.resolve("pom.xml"), out.resolve("README.md"))) {
            assertTrue(Files.isRegularFile(file), file + " is missing");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing file     | --design NOWHERE --package com.example.x --out OUT | --design NOWHERE: There is no file or directory NOWHERE; see 'lsql codegen java --help'.",
        "neither          | --design NEITHER --package com.example.x --out OUT | is neither a plan (lsql plan --out) nor a design",
        "bad package      | --design PLAN --package com.Example.1x --out OUT   | --package 'com.Example.1x' is not a Java package name",
        "keyword package  | --design PLAN --package com.new.x --out OUT        | is not a Java package name",
        "no package       | --design PLAN --out OUT                            | Missing required option: '--package=P'",
    })
    void badInputIsOneSentenceAndExitTwo(String what, String arguments, String expected, @TempDir Path dir) throws Exception {
        Path neither = Files.writeString(dir.resolve("neither.json"), "{\"tables\": 3}");
        String nowhere = dir.resolve("nowhere.json").toString();
        String args = arguments.replace("NOWHERE", nowhere).replace("NEITHER", neither.toString())
                .replace("PLAN", repsPlan(dir).toString()).replace("OUT", dir.resolve("out").toString());
        Run run = run(("codegen java " + args).split(" "));
        assertEquals(2, run.code(), what + ": " + run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("lsql: "), run.err());
        assertTrue(run.err().contains(expected.replace("NOWHERE", nowhere)), run.err());
        assertTrue(Files.notExists(dir.resolve("out")), "nothing is written");
    }
}
