package dev.settle.scheme.sepa;

import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * A SEPA file (pain.001 or pain.008) that was written completely and published, with its manifest.
 *
 * @param file the published file
 * @param manifest the JSON manifest published after the file; its presence means the file is complete
 * @param messageId the file's message id
 * @param numberOfTransactions transactions written, equal to the announced count
 * @param controlSum sum of the amounts written, equal to the announced control sum
 * @param sha256 lower-case hex SHA-256 of the published file's bytes
 */
public record PublishedFile(Path file, Path manifest, String messageId, long numberOfTransactions,
        BigDecimal controlSum, String sha256) {
}
