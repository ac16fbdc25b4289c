package org.evsyn.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns the paths a user named into the files to import: a folder stands for every regular file inside it. */
final class InputFiles {

    private InputFiles() {
    }

    /** One input file: what to call it in messages, and where it is. */
    record InputFile(String name, Path path) {
    }

    static List<InputFile> expand(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return List.of(new InputFile(input.toString(), input));
        }
        List<InputFile> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(input)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .forEach(p -> out.add(new InputFile(p.toString(), p)));
        }
        return out;
    }
}
