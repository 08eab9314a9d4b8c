/**
 * HF-4.4 — the informed-consent text given when the contract is signed (GDPR, Regulation (EU) 2016/679):
 * the purposes, the recipients the law allows, research on pseudonymised data, and how to withdraw.
 * Versioned: a new wording is a new version; each consent records the version the person saw.
 */
export const CONSENT_TEXTS = [
  {
    version: 1,
    validFrom: '2022-09-01',
    textLv: [
      'Piekrītu, ka pakalpojuma sniedzējs apstrādā manus personas datus, lai sniegtu man sociālās rehabilitācijas pakalpojumu “Mājoklis vispirms”: vestu klienta lietu, plānotu atbalstu un novērtētu pakalpojuma rezultātus.',
      'Dati var tikt nodoti kompetentām iestādēm, ja to nosaka normatīvie akti: Sabiedrības integrācijas fondam, Labklājības ministrijai, Centrālajai finanšu un līgumu aģentūrai, Nodarbinātības valsts aģentūrai un pašvaldībām.',
      'Pētījumos un pakalpojuma izvērtēšanā izmanto tikai pseidonimizētus datus.',
      'Piekrišanu varu jebkurā laikā atsaukt, rakstiski vai mutiski paziņojot savam sociālajam darbiniekam; atsaukums neietekmē iepriekš veiktās apstrādes likumību un neliedz turpināt saņemt mājokli.',
    ].join('\n\n'),
    textEn: [
      'I agree that the service provider processes my personal data to provide me with the Housing First social rehabilitation service: to keep my case file, plan support and evaluate the results of the service.',
      'The data may be passed to competent institutions where the law requires it: the Society Integration Foundation, the Ministry of Welfare, the Central Finance and Contracting Agency, the State Employment Agency and municipalities.',
      'Research and service evaluation use pseudonymised data only.',
      'I may withdraw my consent at any time by telling my social worker in writing or orally; withdrawal does not affect the lawfulness of earlier processing and does not end my tenancy.',
    ].join('\n\n'),
  },
] as const;
