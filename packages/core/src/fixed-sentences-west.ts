/**
 * The core's fixed sentences (offers, questions, confirmations) in German, French, Spanish,
 * Portuguese, Italian and Dutch. Placeholders: {ticket}, {address}, {score}. See fixed-sentences.ts.
 */
import type { SentenceTexts } from './fixed-sentences.js';

export const WEST_SENTENCES: Record<'de' | 'fr' | 'es' | 'pt' | 'it' | 'nl', SentenceTexts> = {
  de: {
    humanOffer: 'Möchten Sie mit jemandem aus unserem Support-Team sprechen?',
    confirmQuestion:
      'Soll ich ein Ticket für unser Support-Team eröffnen? Antworten Sie mit „Ja“, um eines zu eröffnen, oder mit „Nein“, um hier weiterzumachen.',
    declined: 'Kein Problem, es wurde kein Ticket eröffnet. Fragen Sie mich gern etwas anderes.',
    emailAsk:
      'Falls Sie gehen, bevor das Team antwortet: Unter welcher E-Mail-Adresse kann es Sie erreichen? Schreiben Sie Ihre Adresse hier hinein.',
    emailRequired: 'Bitte schreiben Sie Ihre E-Mail-Adresse, damit das Team Sie erreichen kann.',
    emailThanks: 'Vielen Dank! Die Antworten des Teams gehen auch an {address}.',
    emailSkipped: 'Kein Problem: Das Team antwortet Ihnen hier.',
    handoverNew:
      'Ich habe ein Ticket (**{ticket}**) für Sie eröffnet. Jemand aus unserem Support-Team antwortet Ihnen hier so bald wie möglich.',
    handoverNoAnswer:
      'Ich habe ein Ticket (**{ticket}**) eröffnet, damit Ihnen jemand aus unserem Support-Team helfen kann. Die Antwort erscheint hier.',
    handoverExisting:
      'Sie haben zu diesem Gespräch bereits ein offenes Ticket (**{ticket}**). Jemand aus unserem Support-Team antwortet Ihnen hier.',
    csatQuestion:
      'Ihr Ticket wurde gelöst. Wie zufrieden sind Sie mit der Hilfe? Antworten Sie mit einer Zahl von 1 (schlecht) bis 5 (ausgezeichnet).',
    csatThanks: 'Vielen Dank für Ihre Bewertung ({score}/5)!',
    csatCommentOffer: 'Tippen Sie auf „Kommentar hinzufügen“, um uns mehr zu erzählen.',
    commentPrompt: 'Bitte schreiben Sie Ihren Kommentar.',
    commentSaved: 'Vielen Dank, Ihr Kommentar ist gespeichert und das Team wird ihn lesen.',
    nonText: 'Ich kann bisher nur Text lesen. Bitte schreiben Sie Ihre Frage in Worten.',
  },
  fr: {
    humanOffer: 'Souhaitez-vous parler à une personne de notre équipe d’assistance ?',
    confirmQuestion:
      'Voulez-vous que j’ouvre un ticket pour notre équipe d’assistance ? Répondez « oui » pour l’ouvrir, ou « non » pour continuer ici.',
    declined: 'Pas de souci, aucun ticket n’a été ouvert. N’hésitez pas à me poser une autre question.',
    emailAsk:
      'Si vous partez avant leur réponse, à quelle adresse e-mail l’équipe peut-elle vous écrire ? Indiquez votre adresse ici.',
    emailRequired: 'Merci d’indiquer votre adresse e-mail pour que l’équipe puisse vous recontacter.',
    emailThanks: 'Merci ! Les réponses de l’équipe seront aussi envoyées à {address}.',
    emailSkipped: 'Pas de souci : l’équipe vous répondra ici.',
    handoverNew:
      'J’ai ouvert un ticket (**{ticket}**) pour vous. Un membre de notre équipe d’assistance vous répondra ici dès que possible.',
    handoverNoAnswer:
      'J’ai ouvert un ticket (**{ticket}**) pour qu’un membre de notre équipe d’assistance puisse vous aider. Il vous répondra ici.',
    handoverExisting:
      'Vous avez déjà un ticket ouvert (**{ticket}**) pour cette conversation. Un membre de notre équipe d’assistance vous répondra ici.',
    csatQuestion:
      'Votre ticket a été résolu. Êtes-vous satisfait de l’aide reçue ? Répondez par une note de 1 (mauvais) à 5 (excellent).',
    csatThanks: 'Merci pour votre note ({score}/5) !',
    csatCommentOffer: 'Appuyez sur « Ajouter un commentaire » pour nous en dire plus.',
    commentPrompt: 'Veuillez écrire votre commentaire.',
    commentSaved: 'Merci, votre commentaire est enregistré et l’équipe le lira.',
    nonText: 'Pour l’instant, je ne sais lire que du texte. Merci d’écrire votre question.',
  },
  es: {
    humanOffer: '¿Quiere hablar con una persona de nuestro equipo de soporte?',
    confirmQuestion:
      '¿Quiere que abra un ticket para nuestro equipo de soporte? Responda «sí» para abrirlo o «no» para seguir aquí.',
    declined: 'De acuerdo, no se ha abierto ningún ticket. Pregúnteme lo que necesite.',
    emailAsk:
      'Si se va antes de que le respondan, ¿a qué correo electrónico puede escribirle el equipo? Escriba su dirección aquí.',
    emailRequired: 'Escriba su dirección de correo electrónico para que el equipo pueda contactarle.',
    emailThanks: '¡Gracias! Las respuestas del equipo también se enviarán a {address}.',
    emailSkipped: 'De acuerdo: el equipo le responderá aquí.',
    handoverNew:
      'He abierto un ticket (**{ticket}**) para usted. Una persona de nuestro equipo de soporte le responderá aquí lo antes posible.',
    handoverNoAnswer:
      'He abierto un ticket (**{ticket}**) para que nuestro equipo de soporte pueda ayudarle. Le responderán aquí.',
    handoverExisting:
      'Ya tiene un ticket abierto (**{ticket}**) para esta conversación. Una persona de nuestro equipo de soporte le responderá aquí.',
    csatQuestion:
      'Su ticket se ha resuelto. ¿Qué tan satisfecho está con la ayuda recibida? Responda con un número del 1 (mala) al 5 (excelente).',
    csatThanks: '¡Gracias por su valoración ({score}/5)!',
    csatCommentOffer: 'Pulse «Añadir un comentario» para contarnos más.',
    commentPrompt: 'Escriba su comentario, por favor.',
    commentSaved: 'Gracias, su comentario se ha guardado y el equipo lo leerá.',
    nonText: 'Por ahora solo puedo leer texto. Escriba su pregunta con palabras, por favor.',
  },
  pt: {
    humanOffer: 'Você gostaria de falar com alguém da nossa equipe de suporte?',
    confirmQuestion:
      'Quer que eu abra um ticket para a nossa equipe de suporte? Responda "sim" para abrir ou "não" para continuar aqui.',
    declined: 'Tudo bem, nenhum ticket foi aberto. Pode me perguntar outra coisa.',
    emailAsk:
      'Se você sair antes da resposta, para qual e-mail a equipe pode escrever? Digite seu endereço aqui.',
    emailRequired: 'Digite seu endereço de e-mail para que a equipe possa entrar em contato.',
    emailThanks: 'Obrigado! As respostas da equipe também serão enviadas para {address}.',
    emailSkipped: 'Tudo bem: a equipe vai responder aqui.',
    handoverNew:
      'Abri um ticket (**{ticket}**) para você. Alguém da nossa equipe de suporte vai responder aqui o mais rápido possível.',
    handoverNoAnswer:
      'Abri um ticket (**{ticket}**) para que alguém da nossa equipe de suporte possa ajudar. A resposta virá aqui.',
    handoverExisting:
      'Você já tem um ticket aberto (**{ticket}**) para esta conversa. Alguém da nossa equipe de suporte vai responder aqui.',
    csatQuestion:
      'Seu ticket foi resolvido. Você ficou satisfeito com a ajuda que recebeu? Responda com um número de 1 (ruim) a 5 (excelente).',
    csatThanks: 'Obrigado pela sua avaliação ({score}/5)!',
    csatCommentOffer: 'Toque em "Adicionar um comentário" para nos contar mais.',
    commentPrompt: 'Escreva seu comentário, por favor.',
    commentSaved: 'Obrigado, seu comentário foi salvo e a equipe vai lê-lo.',
    nonText: 'Por enquanto só consigo ler texto. Escreva sua pergunta em palavras, por favor.',
  },
  it: {
    humanOffer: 'Vuole parlare con una persona del nostro team di assistenza?',
    confirmQuestion:
      'Vuole che apra un ticket per il nostro team di assistenza? Risponda «sì» per aprirlo o «no» per continuare qui.',
    declined: 'Nessun problema, non ho aperto alcun ticket. Mi chieda pure altro.',
    emailAsk:
      'Se esce prima della risposta, a quale indirizzo e-mail può scriverle il team? Scriva qui il suo indirizzo.',
    emailRequired: 'Scriva il suo indirizzo e-mail, così il team potrà contattarla.',
    emailThanks: 'Grazie! Le risposte del team arriveranno anche a {address}.',
    emailSkipped: 'Nessun problema: il team le risponderà qui.',
    handoverNew:
      'Ho aperto un ticket (**{ticket}**) per lei. Una persona del nostro team di assistenza le risponderà qui il prima possibile.',
    handoverNoAnswer:
      'Ho aperto un ticket (**{ticket}**) perché una persona del nostro team di assistenza possa aiutarla. Le risponderà qui.',
    handoverExisting:
      'Ha già un ticket aperto (**{ticket}**) per questa conversazione. Una persona del nostro team di assistenza le risponderà qui.',
    csatQuestion:
      'Il suo ticket è stato risolto. Quanto è soddisfatto dell’aiuto ricevuto? Risponda con un numero da 1 (scarso) a 5 (eccellente).',
    csatThanks: 'Grazie per la sua valutazione ({score}/5)!',
    csatCommentOffer: 'Tocchi «Aggiungi un commento» per raccontarci di più.',
    commentPrompt: 'Scriva pure il suo commento.',
    commentSaved: 'Grazie, il suo commento è stato salvato e il team lo leggerà.',
    nonText: 'Per ora posso leggere solo testo. Scriva la sua domanda a parole, per favore.',
  },
  nl: {
    humanOffer: 'Wil je met iemand van ons supportteam praten?',
    confirmQuestion:
      'Zal ik een ticket voor ons supportteam aanmaken? Antwoord "ja" om er een aan te maken, of "nee" om hier verder te gaan.',
    declined: 'Geen probleem, er is geen ticket aangemaakt. Stel me gerust een andere vraag.',
    emailAsk:
      'Als je weggaat voordat het team antwoordt, op welk e-mailadres kunnen ze je bereiken? Typ hier je adres.',
    emailRequired: 'Typ je e-mailadres, zodat het team contact met je kan opnemen.',
    emailThanks: 'Bedankt! De antwoorden van het team gaan ook naar {address}.',
    emailSkipped: 'Geen probleem: het team antwoordt hier.',
    handoverNew:
      'Ik heb een ticket (**{ticket}**) voor je aangemaakt. Iemand van ons supportteam antwoordt hier zo snel mogelijk.',
    handoverNoAnswer:
      'Ik heb een ticket (**{ticket}**) aangemaakt, zodat iemand van ons supportteam je kan helpen. Je krijgt hier antwoord.',
    handoverExisting:
      'Je hebt al een open ticket (**{ticket}**) voor dit gesprek. Iemand van ons supportteam antwoordt hier.',
    csatQuestion:
      'Je ticket is opgelost. Hoe tevreden ben je over de hulp die je kreeg? Antwoord met een cijfer van 1 (slecht) tot 5 (uitstekend).',
    csatThanks: 'Bedankt voor je beoordeling ({score}/5)!',
    csatCommentOffer: 'Tik op "Opmerking toevoegen" om ons meer te vertellen.',
    commentPrompt: 'Schrijf hier je opmerking.',
    commentSaved: 'Bedankt, je opmerking is opgeslagen en het team gaat hem lezen.',
    nonText: 'Ik kan voorlopig alleen tekst lezen. Typ je vraag in woorden.',
  },
};
