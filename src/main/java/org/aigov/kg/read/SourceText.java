package org.aigov.kg.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.aigov.kg.BadInputException;

/** Reads a statement file as strict UTF-8 text, refusing what is not a text statement. */
public final class SourceText {
    /** Statements are a few pages; anything this large is a wrong file, not a statement. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    private SourceText() {}

    public static String read(Path file) {
        byte[] bytes = readBytes(file);
        if (bytes.length == 0) throw new BadInputException(file, "empty file: a statement needs a title and text");
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new BadInputException(file, lineAt(bytes, nul), "binary file (NUL byte at byte " + nul + "), not a Markdown statement");
        }
        String text = decode(file, bytes);
        if (text.startsWith("\uFEFF")) text = text.substring(1); // a BOM is encoding noise, not text
        if (text.isBlank()) throw new BadInputException(file, "file holds only whitespace: a statement needs a title and text");
        return text;
    }

    /** The file's bytes, refusing what is missing, a directory, unreadable or too large for a statement. */
    static byte[] readBytes(Path file) {
        try {
            if (!Files.exists(file)) throw new BadInputException(file, "no such file");
            if (Files.isDirectory(file)) throw new BadInputException(file, "is a directory, expected a .md file");
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new BadInputException(file, String.format("file too large (%.1f MB; the limit for one statement is %d MB)",
                        size / 1048576.0, MAX_BYTES / 1048576));
            }
            if (!Files.isReadable(file) || ownerCannotRead(file)) throw new BadInputException(file, "file is not readable (permission denied)");
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException(file, "file is not readable (permission denied)");
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read: " + e.getMessage());
        }
    }

    /** A file whose owner may not read it is not meant to be loaded, even by a superuser who could. */
    private static boolean ownerCannotRead(Path file) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) return false;
        return !Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ);
    }

    private static String decode(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            int at = in.position();
            throw new BadInputException(file, lineAt(bytes, at), "invalid UTF-8 (byte 0x"
                    + String.format("%02X", bytes[Math.min(at, bytes.length - 1)]) + " at byte " + at + "); save the file as UTF-8");
        } catch (CharacterCodingException e) {
            throw new BadInputException(file, "invalid UTF-8: " + e.getMessage());
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == b) return i;
        return -1;
    }

    /** 1-based line of a byte offset. */
    static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    /** 1-based line of a character offset into text. */
    public static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}
