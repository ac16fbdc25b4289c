package org.evsyn.cli.meta;

import org.evsyn.cli.console.Environment;
import org.evsyn.cli.EvsynCommand;
import org.evsyn.stats.analysis.MetaAnalysisRunner;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain meta command line reader sets exactly what picocli sets, declines everything picocli has to handle,
 * and knows the options the command's annotations declare.
 */
class MetaArgumentsTest {

    private static final String[][] VALUES = {
            {"--csv", "a.csv", "dir/b.csv.gz", "./c.csv", "a//d.csv", "x y.csv", "", "-"},
            {"--measure", "MD", "md", "Md", "OR", "generic", "XX", "smd"},
            {"--method", "REML", "reml", "MH", "peto", "dl", "FE", "xx"},
            {"--test", "z", "Z", "knha", "KNHA", "t"},
            {"--level", "95", "90.5", "120", "0", ".5", "9e1", "-5", "80"},
            {"--cc", "0.5", "0", "1.25", "abc", "2."},
            {"--cc-rule", "only0", "ALL", "none", "x"},
            {"--by", "subgroup", "g", "a\"b"},
            {"--moderator", "x", "x,y", "x,,y", "x,", ",x"},
            {"--split-by", "analysis", "@file"},
            {"--format", "json", "TEXT", "xml"},
            {"--blocks", "main", "leave_one_out,influence", "all", "foo", "main,", "EGGER,begg"}};
    private static final String[] OTHERS = {"--keep-double-zero", "--no-keep-double-zero", "--verbose", "--help", "-h",
            "--version", "-V", "--bogus", "positional", "--", "@args.txt", "--keep-double-zero=true"};

    @Test
    void setsWhatPicocliSetsOnEveryCommandLineItTakes() throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        int taken = 0;
        for (int round = 0; round < 4000; round++) {
            List<List<String>> parts = new ArrayList<>();
            for (int o = 0; o < VALUES.length; o++) {
                boolean required = o < 3;
                int times = required ? (random.nextInt(12) == 0 ? 0 : 1) : random.nextInt(4) == 0 ? 1 : 0;
                if (random.nextInt(25) == 0) {
                    times++;
                }
                for (int t = 0; t < times; t++) {
                    String[] option = VALUES[o];
                    String value = option[1 + (random.nextInt(3) == 0 ? random.nextInt(option.length - 1) : 0)];
                    parts.add(random.nextInt(4) == 0 ? List.of(option[0] + "=" + value) : List.of(option[0], value));
                }
            }
            if (random.nextInt(3) == 0) {
                parts.add(List.of(OTHERS[random.nextInt(OTHERS.length)]));
            }
            Collections.shuffle(parts, new java.util.Random(random.nextLong()));
            List<String> args = new ArrayList<>(List.of("meta"));
            parts.forEach(args::addAll);
            String[] line = args.toArray(String[]::new);

            MetaCommand plain = command();
            if (!MetaArguments.configure(plain, line)) {
                continue;
            }
            taken++;
            MetaCommand parsed = command();
            CommandLine cl = new CommandLine(new EvsynCommand());
            cl.addSubcommand(parsed);
            cl.setCaseInsensitiveEnumValuesAllowed(true);
            CommandLine.ParseResult result = cl.parseArgs(line);
            assertThat(result.subcommand().hasMatchedOption("--verbose") || result.hasMatchedOption("--verbose"))
                    .as(args.toString()).isEqualTo(MetaArguments.verbose(line));
            for (Field f : optionFields()) {
                assertThat(f.get(plain)).as(args + " " + f.getName()).isEqualTo(f.get(parsed));
            }
            assertThat(parsed.usageProblem()).as(args.toString()).isNull();
        }
        assertThat(taken).as("command lines taken").isGreaterThan(400);
    }

    @Test
    void leavesHelpVersionsUnusualFormsAndUsageErrorsToPicocli() {
        String[] base = {"meta", "--csv", "a.csv", "--measure", "MD", "--method", "REML"};
        assertThat(MetaArguments.configure(command(), base)).isTrue();
        for (String[] extra : new String[][] {{"--help"}, {"-h"}, {"--version"}, {"-V"}, {"--bogus"}, {"x"}, {"--"},
                {"@more.txt"}, {"--csv", "b.csv"}, {"--level", "120"}, {"--level", "1e2"}, {"--level"},
                {"--blocks", "nonsense"}, {"--blocks", "main,,egger"}, {"--method", "MH"}, {"--test", "knha", "--method", "MH"},
                {"--verbose", "--verbose"}, {"--keep-double-zero", "--no-keep-double-zero"}, {"--by", "-g"},
                {"--format=JSON", "--format", "json"}}) {
            String[] line = Arrays.copyOf(base, base.length + extra.length);
            System.arraycopy(extra, 0, line, base.length, extra.length);
            assertThat(MetaArguments.configure(command(), line)).as(String.join(" ", line)).isFalse();
        }
        assertThat(MetaArguments.configure(command(), "meta", "--measure", "MD", "--method", "REML")).isFalse();
        assertThat(MetaArguments.configure(command(), "status")).isFalse();
    }

    @Test
    void knowsEveryOptionTheCommandDeclares() {
        Set<String> declared = new HashSet<>();
        for (Field f : optionFields()) {
            CommandLine.Option option = f.getAnnotation(CommandLine.Option.class);
            String name = option.names()[0];
            assertThat(option.names()).as(f.getName()).hasSize(1);
            if (option.negatable()) {
                assertThat(name).isEqualTo("--keep-double-zero");
                continue;
            }
            declared.add(name);
            assertThat(MetaArguments.VALUED).as(name).containsKey(name);
            String defaultValue = option.defaultValue().equals(CommandLine.Option.NULL_VALUE)
                    || option.defaultValue().equals("__no_default_value__") ? null : option.defaultValue();
            assertThat(MetaArguments.VALUED.get(name)).as(name + " default").isEqualTo(defaultValue);
            assertThat(MetaArguments.REPEATABLE.contains(name)).as(name + " repeatable").isEqualTo(option.split().equals(","));
            assertThat(option.required()).as(name + " required")
                    .isEqualTo(Set.of("--csv", "--measure", "--method").contains(name));
        }
        assertThat(declared).isEqualTo(MetaArguments.VALUED.keySet());
    }

    private static List<Field> optionFields() {
        List<Field> fields = new ArrayList<>();
        for (Field f : MetaCommand.class.getDeclaredFields()) {
            if (f.isAnnotationPresent(CommandLine.Option.class)) {
                f.setAccessible(true);
                fields.add(f);
            }
        }
        return fields;
    }

    private static MetaCommand command() {
        Environment env = new Environment(Map.of(), Path.of("."), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), false);
        return new MetaCommand(env, new MetaAnalysisRunner(), new CsvPrefetch());
    }

}
