/**
 * Common Italian content words (nouns, verbs, adjectives, adverbs), the bulk of the synthetic corpus's
 * vocabulary. Roughly in order of everyday frequency; the generator ranks them after the function words.
 */
export const COMMON_ITALIAN_WORDS: readonly string[] = `
anno tempo giorno uomo cosa volta mondo vita paese parte casa modo storia lavoro governo città problema donna
mano occhio parola stato momento caso punto fatto famiglia figlio padre madre persona gente società mercato
azienda impresa prezzo costo valore numero dato sistema servizio prodotto progetto programma modello processo
sviluppo ricerca studio scuola università studente professore lezione libro pagina articolo giornale notizia
informazione comunicazione tecnologia computer telefono rete internet sito pagina utente cliente consumatore
lavoratore dipendente dirigente presidente ministro sindaco politica partito elezione voto legge diritto regola
norma tribunale giudice avvocato processo sentenza polizia sicurezza pericolo rischio guerra pace esercito
soldato nemico alleato accordo trattato confine territorio regione provincia comune strada via piazza ponte
fiume mare montagna lago isola spiaggia bosco campo terra cielo sole luna stella vento pioggia neve freddo caldo
estate inverno primavera autunno mattina sera notte settimana mese secolo epoca periodo inizio fine metà centro
lato fronte fondo superficie spazio luogo posto ambiente natura animale pianta albero fiore frutto acqua fuoco
aria energia elettricità petrolio gas carbone industria fabbrica macchina motore automobile treno aereo nave
viaggio turismo albergo ristorante cucina piatto pane vino carne pesce formaggio pasta olio sale zucchero caffè
latte birra cena pranzo colazione festa musica canzone cantante concerto teatro cinema film attore regista
spettacolo arte artista pittore quadro museo mostra cultura lingua parola frase discorso lettera messaggio
domanda risposta idea pensiero opinione giudizio scelta decisione possibilità occasione opportunità difficoltà
crisi cambiamento riforma crescita aumento diminuzione calo successo risultato obiettivo scopo motivo ragione
causa effetto conseguenza esempio prova esperimento analisi teoria metodo strumento mezzo tecnica scienza
medicina medico ospedale malattia salute cura farmaco paziente infermiere virus vaccino corpo testa cuore sangue
sport calcio squadra partita giocatore allenatore campionato vittoria sconfitta gol stadio tifoso gara corsa
denaro soldi euro dollaro banca credito debito prestito investimento investitore borsa azione fondo capitale
profitto guadagno perdita spesa bilancio tassa imposta stipendio pensione reddito ricchezza povertà
crescere cambiare diventare rimanere restare tornare arrivare partire entrare uscire salire scendere passare
portare prendere mettere lasciare trovare cercare perdere vincere giocare lavorare studiare imparare insegnare
leggere scrivere parlare dire raccontare spiegare chiedere rispondere sapere conoscere capire credere pensare
sembrare apparire vedere guardare sentire ascoltare toccare volere potere dovere amare odiare piacere vivere
morire nascere costruire creare produrre vendere comprare pagare offrire ricevere dare tenere aprire chiudere
iniziare cominciare finire continuare fermare aspettare sperare temere decidere scegliere provare riuscire
aiutare servire usare utilizzare sviluppare migliorare aumentare ridurre lanciare annunciare presentare
dichiarare affermare sostenere spiegare confermare negare rifiutare accettare permettere vietare
grande piccolo nuovo vecchio giovane bello brutto buono cattivo alto basso lungo corto largo stretto pieno vuoto
forte debole ricco povero facile difficile importante necessario possibile impossibile vero falso giusto
sbagliato chiaro scuro bianco nero rosso verde blu giallo caldo freddo veloce lento pubblico privato
nazionale internazionale europeo italiano americano cinese tedesco francese inglese russo economico politico
sociale culturale scientifico tecnico digitale artificiale naturale umano personale generale particolare
speciale diverso simile uguale unico solo intero ultimo primo secondo terzo prossimo precedente recente antico
moderno attuale futuro passato presente libero aperto chiuso sicuro pericoloso famoso noto comune raro
sempre spesso talvolta raramente subito presto tardi oggi ieri domani ora allora insieme forse quasi davvero
abbastanza troppo poco tanto bene male meglio peggio soprattutto infatti tuttavia comunque purtroppo finalmente
improvvisamente rapidamente lentamente probabilmente certamente sicuramente naturalmente semplicemente
intelligenza algoritmo dati modello linguistico rete neurale apprendimento automatico codice software hardware
piattaforma applicazione dispositivo schermo memoria processore calcolo server cloud licenza sorgente aperta
sviluppatore programmatore ingegnere ricercatore laboratorio startup investimento concorrenza concorrente
innovazione brevetto regolamento privacy sorveglianza trasparenza responsabilità etica rischio minaccia
vantaggio svantaggio beneficio danno impatto influenza potere controllo libertà democrazia dittatura
popolazione cittadino abitante immigrato straniero confine viaggiatore turista villaggio quartiere periferia
campagna agricoltura contadino raccolto grano vigneto oliveto allevamento mucca cavallo cane gatto uccello
clima temperatura inquinamento rifiuto riciclo plastica foresta deserto ghiacciaio siccità alluvione terremoto
incendio emergenza soccorso protezione volontario associazione organizzazione istituzione ente ufficio sede
riunione incontro conferenza convegno intervista dichiarazione comunicato rapporto relazione documento archivio
biblioteca lettore autore scrittore poeta romanzo racconto poesia capitolo edizione traduzione versione copia
fotografia immagine video registrazione trasmissione televisione radio canale programma pubblicità marchio
negozio vetrina magazzino consegna ordine spedizione pacco posta indirizzo numero contratto firma accordo
`
  .split(/\s+/)
  .filter(Boolean);
