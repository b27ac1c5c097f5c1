package org.aigov.kg.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.aigov.kg.BadInputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF statement (a browser's print of the page, or a PDF as published) with Apache PDFBox: its
 * text in reading order without page furniture, re-joined into headings, paragraphs and list items.
 *
 * <pre>Document doc = PdfStatementReader.read(Path.of("japan-india-ai-2026.pdf"));</pre>
 */
public final class PdfStatementReader {
    private PdfStatementReader() {}

    public static Document read(Path file) {
        byte[] bytes = SourceText.readBytes(file);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new BadInputException(file, "encrypted PDF that forbids copying its text: save an unprotected copy");
            }
            List<PdfLine> lines = PdfPageFurniture.drop(PdfLines.of(pdf));
            MarkdownText text = new MarkdownText();
            if (!lines.isEmpty()) new PdfBlocks(lines).writeTo(text);
            if (text.blocks() == 0) {
                throw new BadInputException(file, "no text in this PDF (a scanned image? run it through OCR first)");
            }
            // without a heading in the layout, the title the PDF gives itself stands for one
            String title = text.headings() == 0 ? pdf.getDocumentInformation().getTitle() : null;
            FrontMatter meta = title == null || title.isBlank() ? FrontMatter.NONE
                    : new FrontMatter(null, MarkdownText.collapse(title), null, null, null, null, List.of(), java.util.Map.of());
            return StatementReader.read(file, text.toString(), meta);
        } catch (InvalidPasswordException e) {
            throw new BadInputException(file, "encrypted PDF (a password is needed to open it): save an unprotected copy");
        } catch (IOException e) {
            throw new BadInputException(file, "not a readable PDF (damaged or not a PDF): " + e.getMessage());
        }
    }
}
