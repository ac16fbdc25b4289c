package org.evsyn.cli.meta;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a plain {@code evsyn meta} command line straight into a {@link MetaCommand}, without picocli, whose
 * set-up costs more CPU than reading the batch file. It takes only the common form (each option once, or repeated
 * where it may be; {@code --name value} or {@code --name=value}; enum values in any case; plain decimals) and
 * sets exactly what picocli would set; anything else, or options that make no sense together, it declines, and the
 * command line goes to picocli, which prints help, versions and usage errors. {@code MetaArgumentsTest} checks it
 * against picocli and against the {@code @Option} annotations of the command.
 */
public final class MetaArguments {

    /** Options that take a value, with the default picocli applies when one is absent (null: none). */
    static final Map<String, String> VALUED = valued();
    /** Options that may be given more than once; their values are split at commas. */
    static final Set<String> REPEATABLE = Set.of("--moderator", "--blocks");
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private MetaArguments() {
    }

    private static Map<String, String> valued() {
        Map<String, String> m = new HashMap<>();
        m.put("--csv", null);
        m.put("--measure", null);
        m.put("--method", null);
        m.put("--test", "z");
        m.put("--trimfill-test", "z");
        m.put("--level", "95");
        m.put("--cc", "0.5");
        m.put("--cc-rule", "only0");
        m.put("--by", null);
        m.put("--moderator", null);
        m.put("--split-by", null);
        m.put("--format", "text");
        m.put("--blocks", "all");
        return Collections.unmodifiableMap(m);
    }

    /**
     * Sets the command's options from a command line, when it has the common form and its options make sense.
     *
     * @param command a new command; when this returns false its options may be half set, so use another one
     * @param args    the command line, {@code meta} first
     * @return whether the command is ready to run; false means the command line needs picocli
     */
    public static boolean configure(MetaCommand command, String... args) {
        if (args.length == 0 || !args[0].equals("meta")) {
            return false;
        }
        Map<String, List<String>> values = new HashMap<>();
        Boolean keepDoubleZero = null;
        boolean verbose = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("@")) {
                return false;
            }
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") && eq > 0 ? arg.substring(0, eq) : arg;
            String value = name.equals(arg) ? null : arg.substring(eq + 1);
            if (name.equals("--keep-double-zero") || name.equals("--no-keep-double-zero")) {
                if (value != null || keepDoubleZero != null) {
                    return false;
                }
                keepDoubleZero = name.equals("--keep-double-zero");
            } else if (name.equals("--verbose")) {
                if (value != null || verbose) {
                    return false;
                }
                verbose = true;
            } else if (VALUED.containsKey(name)) {
                if (value == null) {
                    if (i + 1 == args.length) {
                        return false;
                    }
                    value = args[++i];
                }
                if (value.isEmpty() || value.startsWith("-") || value.startsWith("@") || value.indexOf('"') >= 0) {
                    return false;
                }
                List<String> given = values.computeIfAbsent(name, k -> new ArrayList<>());
                if (!given.isEmpty() && !REPEATABLE.contains(name)) {
                    return false;
                }
                given.add(value);
            } else {
                return false;
            }
        }
        for (Map.Entry<String, String> option : VALUED.entrySet()) {
            if (!values.containsKey(option.getKey()) && option.getValue() != null) {
                values.put(option.getKey(), List.of(option.getValue()));
            }
        }
        if (!values.containsKey("--csv") || !values.containsKey("--measure") || !values.containsKey("--method")) {
            return false;
        }
        try {
            command.csv = Path.of(single(values, "--csv"));
        } catch (InvalidPathException e) {
            return false;
        }
        command.measure = constant(org.evsyn.stats.effect.EffectMeasure.class, single(values, "--measure"));
        command.method = constant(org.evsyn.stats.analysis.AnalysisMethod.class, single(values, "--method"));
        command.test = constant(org.evsyn.stats.TestMethod.class, single(values, "--test"));
        command.trimFillTest = constant(org.evsyn.stats.TestMethod.class, single(values, "--trimfill-test"));
        command.ccRule = constant(org.evsyn.stats.effect.CorrectionRule.class, single(values, "--cc-rule"));
        command.format = constant(OutputFormat.class, single(values, "--format"));
        String level = single(values, "--level");
        String cc = single(values, "--cc");
        List<String> moderators = split(values.get("--moderator"));
        List<String> blocks = split(values.get("--blocks"));
        if (command.measure == null || command.method == null || command.test == null || command.trimFillTest == null
                || command.ccRule == null
                || command.format == null || !PLAIN_DECIMAL.matcher(level).matches()
                || !PLAIN_DECIMAL.matcher(cc).matches() || moderators == null || blocks == null) {
            return false;
        }
        command.level = Double.valueOf(level);
        command.cc = Double.valueOf(cc);
        command.keepDoubleZero = keepDoubleZero;
        command.by = single(values, "--by");
        command.splitBy = single(values, "--split-by");
        command.moderators = moderators;
        command.blocks = blocks;
        return command.usageProblem() == null;
    }

    /** Whether a command line that {@link #configure} took asks for stack traces with errors. */
    public static boolean verbose(String... args) {
        return List.of(args).contains("--verbose");
    }

    private static String single(Map<String, List<String>> values, String name) {
        List<String> v = values.get(name);
        return v == null ? null : v.get(0);
    }

    /** The values of a repeatable option, each split at commas; null when a part is empty. */
    private static List<String> split(List<String> given) {
        List<String> out = new ArrayList<>();
        if (given != null) {
            for (String value : given) {
                for (String part : value.split(",", -1)) {
                    if (part.isEmpty()) {
                        return null;
                    }
                    out.add(part);
                }
            }
        }
        return out;
    }

    /** An enum constant as picocli matches it here: the exact name, else the first name equal ignoring case. */
    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        return null;
    }
}
