/**
 * SEPA credit transfers as ISO 20022 pain.001 files, written as a stream.
 * <p>
 * {@link dev.settle.scheme.sepa.Pain001Writer} writes a whole file in constant memory: StAX writes the envelope and
 * every transaction is marshalled from the JAXB types generated from the official schema. The totals a caller
 * announces are checked while writing, and a file is only published (atomically, followed by its manifest) when
 * it is complete and consistent. Text is reduced to the SEPA basic Latin character set on the way out.
 */
package dev.settle.scheme.sepa;
