package dev.settle.scheme.sepa;

import java.math.BigDecimal;
import java.util.List;

import javax.xml.datatype.XMLGregorianCalendar;

import dev.settle.iso20022.pain008v08.AccountIdentification4Choice;
import dev.settle.iso20022.pain008v08.ActiveOrHistoricCurrencyAndAmount;
import dev.settle.iso20022.pain008v08.BranchAndFinancialInstitutionIdentification6;
import dev.settle.iso20022.pain008v08.CashAccount38;
import dev.settle.iso20022.pain008v08.ChargeBearerType1Code;
import dev.settle.iso20022.pain008v08.DirectDebitTransaction10;
import dev.settle.iso20022.pain008v08.DirectDebitTransactionInformation23;
import dev.settle.iso20022.pain008v08.FinancialInstitutionIdentification18;
import dev.settle.iso20022.pain008v08.GenericFinancialIdentification1;
import dev.settle.iso20022.pain008v08.GenericPersonIdentification1;
import dev.settle.iso20022.pain008v08.GroupHeader83;
import dev.settle.iso20022.pain008v08.LocalInstrument2Choice;
import dev.settle.iso20022.pain008v08.MandateRelatedInformation14;
import dev.settle.iso20022.pain008v08.ObjectFactory;
import dev.settle.iso20022.pain008v08.Party38Choice;
import dev.settle.iso20022.pain008v08.PartyIdentification135;
import dev.settle.iso20022.pain008v08.PaymentIdentification6;
import dev.settle.iso20022.pain008v08.PaymentMethod2Code;
import dev.settle.iso20022.pain008v08.PaymentTypeInformation29;
import dev.settle.iso20022.pain008v08.PersonIdentification13;
import dev.settle.iso20022.pain008v08.PersonIdentificationSchemeName1Choice;
import dev.settle.iso20022.pain008v08.RemittanceInformation16;
import dev.settle.iso20022.pain008v08.SequenceType3Code;
import dev.settle.iso20022.pain008v08.ServiceLevel8Choice;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;

/** pain.008.001.08, built from the types generated into {@code dev.settle.iso20022.pain008v08}. */
final class Pain008V08Dialect extends Pain008Dialect {

    private static final JAXBContext CONTEXT = newContext(ObjectFactory.class);

    Pain008V08Dialect() {
        super(Pain008Version.V08);
    }

    @Override
    JAXBContext context() {
        return CONTEXT;
    }

    @Override
    JAXBElement<?> groupHeader(DirectDebitFileHeader header) {
        GroupHeader83 groupHeader = new GroupHeader83();
        groupHeader.setMsgId(header.messageId());
        groupHeader.setCreDtTm(dateTime(header.creationTime()));
        groupHeader.setNbOfTxs(Long.toString(header.numberOfTransactions()));
        groupHeader.setCtrlSum(header.controlSum());
        groupHeader.setInitgPty(party(header.creditor().name()));
        return element("GrpHdr", GroupHeader83.class, groupHeader);
    }

    @Override
    List<JAXBElement<?>> blockHeader(CollectionBlock block, Creditor creditor) {
        PaymentTypeInformation29 paymentType = new PaymentTypeInformation29();
        ServiceLevel8Choice serviceLevel = new ServiceLevel8Choice();
        serviceLevel.setCd(SEPA_SERVICE_LEVEL);
        paymentType.getSvcLvl().add(serviceLevel);
        paymentType.setLclInstrm(new LocalInstrument2Choice());
        paymentType.getLclInstrm().setCd(CORE);
        paymentType.setSeqTp(SequenceType3Code.fromValue(block.sequenceType()));
        return List.of(element("PmtInfId", String.class, block.paymentInformationId()),
                element("PmtMtd", PaymentMethod2Code.class, PaymentMethod2Code.DD),
                element("BtchBookg", Boolean.class, Boolean.TRUE),
                element("NbOfTxs", String.class, Long.toString(block.numberOfTransactions())),
                element("CtrlSum", BigDecimal.class, block.controlSum()),
                element("PmtTpInf", PaymentTypeInformation29.class, paymentType),
                element("ReqdColltnDt", XMLGregorianCalendar.class, date(block.requestedCollectionDate())),
                element("Cdtr", PartyIdentification135.class, party(creditor.name())),
                element("CdtrAcct", CashAccount38.class, account(creditor.iban())),
                element("CdtrAgt", BranchAndFinancialInstitutionIdentification6.class, agent(creditor.bic())),
                element("ChrgBr", ChargeBearerType1Code.class, ChargeBearerType1Code.SLEV),
                element("CdtrSchmeId", PartyIdentification135.class, schemeId(creditor.creditorSchemeId())));
    }

    @Override
    JAXBElement<?> transaction(DirectDebit debit) {
        DirectDebitTransactionInformation23 transaction = new DirectDebitTransactionInformation23();
        transaction.setPmtId(new PaymentIdentification6());
        transaction.getPmtId().setEndToEndId(debit.endToEndId());
        ActiveOrHistoricCurrencyAndAmount amount = new ActiveOrHistoricCurrencyAndAmount();
        amount.setValue(debit.amount());
        amount.setCcy(EUR);
        transaction.setInstdAmt(amount);
        MandateRelatedInformation14 mandate = new MandateRelatedInformation14();
        mandate.setMndtId(debit.mandateId());
        mandate.setDtOfSgntr(date(debit.mandateSignedOn()));
        transaction.setDrctDbtTx(new DirectDebitTransaction10());
        transaction.getDrctDbtTx().setMndtRltdInf(mandate);
        transaction.setDbtrAgt(agent(debit.debtorBic()));
        transaction.setDbtr(party(debit.debtorName()));
        transaction.setDbtrAcct(account(debit.debtorIban()));
        if (debit.remittanceInformation() != null) {
            transaction.setRmtInf(new RemittanceInformation16());
            transaction.getRmtInf().getUstrd().add(debit.remittanceInformation());
        }
        return element("DrctDbtTxInf", DirectDebitTransactionInformation23.class, transaction);
    }

    private static PartyIdentification135 party(String name) {
        PartyIdentification135 party = new PartyIdentification135();
        party.setNm(name);
        return party;
    }

    // Only the identifier, no name, as the EPC implementation guidelines allow nothing else in CdtrSchmeId.
    private static PartyIdentification135 schemeId(String creditorSchemeId) {
        GenericPersonIdentification1 other = new GenericPersonIdentification1();
        other.setId(creditorSchemeId);
        other.setSchmeNm(new PersonIdentificationSchemeName1Choice());
        other.getSchmeNm().setPrtry(CREDITOR_SCHEME);
        PersonIdentification13 person = new PersonIdentification13();
        person.getOthr().add(other);
        PartyIdentification135 party = new PartyIdentification135();
        party.setId(new Party38Choice());
        party.getId().setPrvtId(person);
        return party;
    }

    private static CashAccount38 account(String iban) {
        CashAccount38 account = new CashAccount38();
        account.setId(new AccountIdentification4Choice());
        account.getId().setIBAN(iban);
        return account;
    }

    private static BranchAndFinancialInstitutionIdentification6 agent(String bic) {
        FinancialInstitutionIdentification18 institution = new FinancialInstitutionIdentification18();
        if (bic != null) {
            institution.setBICFI(bic);
        }
        else {
            institution.setOthr(new GenericFinancialIdentification1());
            institution.getOthr().setId(NOT_PROVIDED);
        }
        BranchAndFinancialInstitutionIdentification6 agent = new BranchAndFinancialInstitutionIdentification6();
        agent.setFinInstnId(institution);
        return agent;
    }

}
