/**
 * SEPA credit transfers (ISO 20022 pain.001) and SEPA Core direct debits (pain.008), written as a stream.
 * <p>
 * {@link dev.settle.scheme.sepa.Pain001Writer} and {@link dev.settle.scheme.sepa.Pain008Writer} write a whole file
 * in constant memory: StAX writes the envelope and every transaction is marshalled from the JAXB types generated
 * from the official schema. The totals a caller announces are checked while writing, and a file is only published
 * (atomically, followed by its manifest) when it is complete and consistent. Text is reduced to the SEPA basic
 * Latin character set on the way out. The two writers share these pieces ({@code SepaDocument},
 * {@code BlockTally}, {@code SepaFields}, {@code SepaText}, {@code SepaPublication}); only the records, checks and
 * per-version dialects are their own.
 * <p>
 * {@link dev.settle.scheme.sepa.SepaCreditTransferSchemeWriter} ({@code SEPA_SCT}) and
 * {@link dev.settle.scheme.sepa.SepaDirectDebitSchemeWriter} ({@code SEPA_SDD_CORE}) are the scheme writers built
 * on them: one file per submission batch in the scheme's outbox folder ({@link dev.settle.scheme.sepa.SepaProperties}),
 * found again rather than rewritten when a restart submits the batch again (a file left without its manifest by a
 * crash gets its manifest rebuilt from the file), and a status look-up that searches the published files for an
 * EndToEndId.
 */
package dev.settle.scheme.sepa;
