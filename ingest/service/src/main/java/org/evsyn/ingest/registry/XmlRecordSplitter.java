package org.evsyn.ingest.registry;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import org.evsyn.core.input.InputLimits;
import org.evsyn.core.input.InvalidTextException;
import org.evsyn.ingest.spi.IngestException;

/**
 * Cuts an XML export into its record elements, as text exactly as in the file, one record at a time.
 *
 * <p>StAX readers cannot say where in the file an element began (their locations run ahead of the event), so
 * the verbatim text of a record comes from this markup-level scan instead; each record's text is then read with
 * StAX. The scan checks the envelope the record parser never sees: the root element's name, tags that close what
 * they opened, and a file that ends inside an element. It refuses a DOCTYPE outright, so no DTD or entity
 * declaration ever reaches a parser.
 */
final class XmlRecordSplitter {

    /** Longest tag name accepted; real ones are a few dozen characters. */
    private static final int NAME_CHARS = 1024;

    private final LineCountingChars chars;
    private final String fileName;
    private final String rootName;
    private final String recordName;
    private final boolean rootIsRecord;

    private final Deque<Open> open = new ArrayDeque<>();
    private boolean rootSeen;
    private boolean rootClosed;
    private int records;
    private StringBuilder capture;

    private record Open(String name, int line) {
    }

    /**
     * @param in         the document's characters (the caller decodes and closes)
     * @param fileName   for messages
     * @param rootName   the root element the format requires
     * @param recordName the record element: the root itself (one record per file) or the root's children of
     *                   this name (other children are skipped)
     */
    XmlRecordSplitter(Reader in, String fileName, String rootName, String recordName) {
        this.chars = new LineCountingChars(in);
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.rootName = Objects.requireNonNull(rootName, "rootName");
        this.recordName = Objects.requireNonNull(recordName, "recordName");
        this.rootIsRecord = rootName.equals(recordName);
    }

    /**
     * The next record, or empty once the root element has closed and only white space, comments or processing
     * instructions follow.
     *
     * @throws IngestException when the file is not well-formed at the level of the envelope, is truncated, has a
     *                         DOCTYPE, or holds bytes that are not valid in its encoding
     */
    Optional<RawXmlRecord> next() throws IOException {
        try {
            return scan();
        } catch (CharacterCodingException e) {
            throw error(e instanceof InvalidTextException ? e.getMessage()
                    : "bytes that are not valid in the file's encoding (" + e.getMessage() + ")");
        }
    }

    private Optional<RawXmlRecord> scan() throws IOException {
        while (true) {
            int c = chars.peek();
            if (c == LineCountingChars.EOF) {
                if (!open.isEmpty()) {
                    throw error("unexpected end of file: " + unclosed() + " is not closed (the file is truncated)");
                }
                if (!rootSeen) {
                    throw error("no root element; expected <" + rootName + ">");
                }
                return Optional.empty();
            }
            if (c != '<') {
                readText();
                continue;
            }
            boolean atRecordLevel = rootIsRecord ? open.isEmpty() : open.size() == 1;
            if (atRecordLevel && capture == null && !rootClosed) {
                capture = new StringBuilder(4096); // tentative: kept only if this is a record's start tag
            }
            int startLine = chars.line();
            Optional<RawXmlRecord> done = readMarkup(startLine, atRecordLevel);
            if (done.isPresent()) {
                return done;
            }
        }
    }

    private void readText() throws IOException {
        while (chars.peek() != '<' && chars.peek() != LineCountingChars.EOF) {
            int c = read();
            if (!Character.isWhitespace(c) && (open.isEmpty())) {
                throw error(rootClosed ? "text after the end of the root element"
                        : "text before the root element; expected <" + rootName + ">");
            }
        }
    }

    private Optional<RawXmlRecord> readMarkup(int startLine, boolean atRecordLevel) throws IOException {
        read(); // '<'
        int c = chars.peek();
        if (c == LineCountingChars.EOF) {
            throw error("unexpected end of file after \"<\" (the file is truncated)");
        }
        if (c == '?') {
            skipUntil("?>", "processing instruction");
            dropTentative(atRecordLevel);
            return Optional.empty();
        }
        if (c == '!') {
            read();
            if (lookingAt("--")) {
                skipUntil("-->", "comment");
                dropTentative(atRecordLevel);
                return Optional.empty();
            }
            if (lookingAt("[CDATA[")) {
                requireInsideRoot("CDATA section");
                skipUntil("]]>", "CDATA section");
                dropTentative(atRecordLevel);
                return Optional.empty();
            }
            if (lookingAt("DOCTYPE")) {
                throw error("a DOCTYPE declaration is not accepted (DTDs and external entities are never read)");
            }
            throw error("unexpected markup \"<!\" on line " + chars.line());
        }
        if (c == '/') {
            read();
            String name = readName();
            skipSpace();
            expect('>', "end tag </" + name);
            if (open.isEmpty() || !open.peek().name().equals(name)) {
                throw error(open.isEmpty() ? "end tag </" + name + "> with no open element"
                        : "end tag </" + name + "> on line " + startLine + " does not close <" + open.peek().name()
                        + "> opened on line " + open.peek().line());
            }
            Open closed = open.pop();
            if (open.isEmpty()) {
                rootClosed = true;
            }
            boolean recordClosed = capture != null && !atRecordLevel
                    && (rootIsRecord ? open.isEmpty() : open.size() == 1);
            if (recordClosed && closed.name().equals(recordName)) {
                RawXmlRecord r = new RawXmlRecord(records, closed.line(), capture.toString());
                capture = null;
                return Optional.of(r);
            }
            dropTentative(atRecordLevel);
            return Optional.empty();
        }
        String name = readName();
        boolean empty = skipAttributes(name);
        if (!rootSeen) {
            if (!name.equals(rootName)) {
                throw error("the root element is <" + name + ">, expected <" + rootName + ">");
            }
            rootSeen = true;
        } else if (open.isEmpty()) {
            throw error("a second root element <" + name + "> after </" + rootName + ">");
        }
        if (atRecordLevel) {
            if (name.equals(recordName)) {
                records++;
                if (empty) {
                    RawXmlRecord r = new RawXmlRecord(records, startLine, capture.toString());
                    capture = null;
                    return Optional.of(r);
                }
            } else {
                capture = null; // another kind of child: not a record
            }
        }
        if (!empty) {
            if (open.size() >= InputLimits.NESTING_DEPTH) {
                throw error("elements nested deeper than " + InputLimits.NESTING_DEPTH + " levels (the limit; <"
                        + name + "> on line " + startLine + ")");
            }
            open.push(new Open(name, startLine));
        } else if (open.isEmpty()) {
            rootClosed = true;
        }
        return Optional.empty();
    }

    /** "<Condition> opened on line 172 (in <Trial> opened on line 138)": the innermost and the record element. */
    private String unclosed() {
        Open inner = open.peek();
        String s = "<" + inner.name() + "> opened on line " + inner.line();
        int depth = rootIsRecord ? 0 : 1;
        if (open.size() > depth + 1) {
            Open record = new ArrayList<>(open).get(open.size() - 1 - depth);
            s += " (in <" + record.name() + "> opened on line " + record.line() + ")";
        }
        return s;
    }

    private void dropTentative(boolean atRecordLevel) {
        if (atRecordLevel) {
            capture = null;
        }
    }

    private void requireInsideRoot(String what) {
        if (open.isEmpty()) {
            throw error("a " + what + " outside the root element");
        }
    }

    private String readName() throws IOException {
        StringBuilder name = new StringBuilder();
        while (true) {
            int c = chars.peek();
            if (c == LineCountingChars.EOF || Character.isWhitespace(c) || c == '>' || c == '/' || c == '<' || c == '=') {
                break;
            }
            name.append((char) read());
            if (name.length() > NAME_CHARS) {
                throw error("a tag name longer than " + NAME_CHARS + " characters on line " + chars.line());
            }
        }
        if (name.isEmpty()) {
            throw error("a tag without a name on line " + chars.line());
        }
        return name.toString();
    }

    /** Skips to the end of a start tag, honouring quoted attribute values; true when it was {@code <x/>}. */
    private boolean skipAttributes(String name) throws IOException {
        int tagLine = chars.line();
        while (true) {
            int c = read();
            if (c == LineCountingChars.EOF) {
                throw error("unexpected end of file inside the start tag <" + name + " on line " + tagLine
                        + " (the file is truncated)");
            }
            if (c == '"' || c == '\'') {
                while (true) {
                    int d = read();
                    if (d == LineCountingChars.EOF) {
                        throw error("unexpected end of file inside an attribute value of <" + name + " on line "
                                + tagLine + " (the file is truncated)");
                    }
                    if (d == c) {
                        break;
                    }
                }
            } else if (c == '/' && chars.peek() == '>') {
                read();
                return true;
            } else if (c == '>') {
                return false;
            } else if (c == '<') {
                throw error("\"<\" inside the start tag <" + name + " on line " + tagLine);
            }
        }
    }

    private void skipSpace() throws IOException {
        while (chars.peek() != LineCountingChars.EOF && Character.isWhitespace(chars.peek())) {
            read();
        }
    }

    private void expect(char wanted, String context) throws IOException {
        int c = read();
        if (c != wanted) {
            throw error(c == LineCountingChars.EOF ? "unexpected end of file in " + context + " (the file is truncated)"
                    : "expected \"" + wanted + "\" to end " + context + " on line " + chars.line());
        }
    }

    /** Consumes {@code s} when the input continues with it; otherwise consumes nothing but its first char. */
    private boolean lookingAt(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            if (chars.peek() != s.charAt(i)) {
                return false;
            }
            read();
        }
        return true;
    }

    private void skipUntil(String terminator, String what) throws IOException {
        int from = chars.line();
        StringBuilder tail = new StringBuilder(terminator.length() + 1);
        while (tail.length() < terminator.length() || !tail.toString().equals(terminator)) {
            int c = read();
            if (c == LineCountingChars.EOF) {
                throw error("unexpected end of file inside a " + what + " begun on line " + from
                        + " (the file is truncated)");
            }
            tail.append((char) c);
            if (tail.length() > terminator.length()) {
                tail.deleteCharAt(0);
            }
        }
    }

    private IngestException error(String what) {
        int index = capture != null || records == 0 ? Math.max(records, 1) : records + 1;
        return IngestException.at(fileName, index + " (line " + chars.line() + ")", what);
    }



    private int read() throws IOException {
        int c = chars.read();
        if (c != LineCountingChars.EOF && capture != null) {
            capture.append((char) c);
            if (capture.length() > InputLimits.RECORD_CHARS) {
                throw error("the record is longer than " + InputLimits.bytes(InputLimits.RECORD_CHARS)
                        + " of text (the limit of one record; is an end tag missing?)");
            }
        }
        return c;
    }
}
