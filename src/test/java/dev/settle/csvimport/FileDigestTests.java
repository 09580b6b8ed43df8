package dev.settle.csvimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDigestTests {

    @TempDir
    Path dir;

    @Test
    void givesTheKnownSha256OfAShortFile() throws Exception {
        Path file = Files.writeString(dir.resolve("abc.csv"), "abc", StandardCharsets.US_ASCII);

        assertThat(FileDigest.sha256(file))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void givesTheKnownSha256OfAFileLongerThanItsBuffer() throws Exception {
        // The FIPS 180-2 test vector: one million 'a'.
        Path file = Files.writeString(dir.resolve("million.csv"), "a".repeat(1_000_000), StandardCharsets.US_ASCII);

        assertThat(FileDigest.sha256(file))
                .isEqualTo("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    @Test
    void givesTheKnownSha256OfAnEmptyFile() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.csv"));

        assertThat(FileDigest.sha256(file))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void namesTheFileItCannotRead() {
        Path missing = dir.resolve("missing.csv");

        assertThatThrownBy(() -> FileDigest.sha256(missing)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing.toString());
    }
}
