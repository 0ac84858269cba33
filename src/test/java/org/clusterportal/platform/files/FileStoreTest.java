package org.clusterportal.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.clusterportal.platform.BusinessException;
import org.clusterportal.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content check and the store, on a real folder: what is taken, what is refused, and what is left behind. */
class FileStoreTest {

    @TempDir
    Path root;

    @Test
    void aRealPdfIsStoredUnderARandomKeyWithItsSizeAndHash() throws Exception {
        byte[] pdf = TestFiles.pdf("Porozumienie");

        StoredFile stored = new FileStore(root).store(new ByteArrayInputStream(pdf), AcceptedFiles.PDF_DOCUMENTS, "file");

        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(stored.key()).matches("[0-9a-f-]{36}");
        try (InputStream content = new FileStore(root).open(stored.key())) {
            assertThat(content.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(filesIn(root)).hasSize(1);
    }

    @Test
    void aPngNamedLikeAPdfIsRefusedByItsContent() throws IOException {
        assertThat(ContentTypes.detect(new ByteArrayInputStream(TestFiles.png()))).isEqualTo("image/png");

        assertThatThrownBy(() -> new FileStore(root).store(new ByteArrayInputStream(TestFiles.png()), AcceptedFiles.PDF_DOCUMENTS, "file"))
                .isInstanceOfSatisfying(BusinessException.class, refusal -> {
                    assertThat(refusal.getMessageKey()).isEqualTo("file.type.pdf");
                    assertThat(refusal.getField()).contains("file");
                });
        assertThat(filesIn(root)).as("nothing left behind").isEmpty();
    }

    @Test
    void aTextFileIsNoPdfWhateverItsName() {
        // (A header "%PDF-" anywhere in the first kilobyte does make a PDF, for Tika as for PDF readers.)
        byte[] text = "Porozumienie o współpracy, wersja tekstowa".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new FileStore(root).store(new ByteArrayInputStream(text), AcceptedFiles.PDF_DOCUMENTS, "file"))
                .isInstanceOf(BusinessException.class)
                .hasMessage("file.type.pdf");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> new FileStore(root).store(new ByteArrayInputStream(new byte[0]), AcceptedFiles.PDF_DOCUMENTS, "file"))
                .isInstanceOf(BusinessException.class)
                .hasMessage("file.empty");
        assertThat(filesIn(root)).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingItAll() {
        AcceptedFiles small = new AcceptedFiles(List.of("application/pdf"), 1000, "file.type.pdf");
        byte[] pdf = TestFiles.pdf("x".repeat(2000));
        CountingStream content = new CountingStream(pdf);

        assertThatThrownBy(() -> new FileStore(root).store(content, small, "file"))
                .isInstanceOfSatisfying(BusinessException.class, refusal -> {
                    assertThat(refusal.getMessageKey()).isEqualTo("file.tooLarge");
                    assertThat(refusal.getArguments()).containsExactly(1L);
                });
        assertThat(filesIn(root)).isEmpty();
        assertThat(content.read).isLessThan(pdf.length);
    }

    @Test
    void aFileOfExactlyTheLimitIsTaken() {
        byte[] pdf = TestFiles.pdf("limit");
        AcceptedFiles exact = new AcceptedFiles(List.of("application/pdf"), pdf.length, "file.type.pdf");

        assertThat(new FileStore(root).store(new ByteArrayInputStream(pdf), exact, "file").size()).isEqualTo(pdf.length);
    }

    @Test
    void theRealLimitsAreTwentyMegabytesForDocumentsAndTwoForLogos() {
        assertThat(AcceptedFiles.PDF_DOCUMENTS.maxBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(AcceptedFiles.LOGOS.maxBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(ContentTypes.isAccepted("image/png", AcceptedFiles.LOGOS)).isTrue();
        assertThat(ContentTypes.isAccepted("application/pdf", AcceptedFiles.LOGOS)).isFalse();
    }

    @Test
    void deletingWithoutATransactionDeletesAtOnceAndKeysCannotLeaveTheStore() {
        FileStore store = new FileStore(root);
        StoredFile stored = store.store(new ByteArrayInputStream(TestFiles.pdf("gone")), AcceptedFiles.PDF_DOCUMENTS, "file");

        store.deleteAfterCommit(stored.key());

        assertThat(store.exists(stored.key())).isFalse();
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Remembers how much was read. */
    private static final class CountingStream extends ByteArrayInputStream {

        private int read;

        CountingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] bytes, int offset, int length) {
            int count = super.read(bytes, offset, length);
            read += Math.max(count, 0);
            return count;
        }
    }
}
