package io.lsql.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lsql codegen}: generated data-access code for a DynamoDB design; {@code java} is the one language so far. */
@Command(name = "codegen", mixinStandardHelpOptions = true,
        description = "Generate data-access code (item classes, DAOs with get, query, insert, update and delete, and tests) "
                + "for a design or a plan.",
        subcommands = {CodegenJavaCommand.class})
public final class CodegenCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
