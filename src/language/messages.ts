/**
 * Messages a person reads when a form is refused, and the honeypot's label, in the languages
 * calcha speaks: the most used ones among its locales. Keys are language subtags, except Chinese,
 * keyed by script (`zh-Hans` Simplified, `zh-Hant` Traditional); `pt` reads well in Brazil and
 * Portugal. Every language has every reason; a test checks it. Other languages get English.
 */
import type { FormRefusalReason } from '../types.js';

/** Messages for a person, one per reason. */
export type RefusalMessages = Readonly<Record<FormRefusalReason, string>>;

const ENGLISH: RefusalMessages = {
  malformed: 'The anti-spam question did not come back intact. Please answer the new question.',
  'bad-signature':
    'This anti-spam question was not made for this form. Please answer the new question.',
  expired: 'The anti-spam question expired. Please answer the new question.',
  'too-soon':
    'That was sent faster than anyone can type. Please answer the question and send again.',
  replayed: 'This form was already sent once. Please answer the new question.',
  'wrong-answer': 'That answer is not right. Please answer the new question; your comment is kept.',
  'store-error': 'Your answer could not be checked just now. Please send again in a moment.',
  honeypot: 'Your browser filled in a field meant to stay empty. Please send again.',
  'missing-field': 'Please answer the anti-spam question.',
};

/** Built-in messages by language key (see `messageKey`); others fall back to English. */
const BUILT_IN: Readonly<Record<string, RefusalMessages>> = {
  en: ENGLISH,
  fr: {
    malformed: "La question anti-spam n'est pas revenue intacte. Répondez à la nouvelle question.",
    'bad-signature':
      'Cette question anti-spam ne correspond pas à ce formulaire. Répondez à la nouvelle question.',
    expired: 'La question anti-spam a expiré. Répondez à la nouvelle question.',
    'too-soon':
      'Le formulaire est parti plus vite que quiconque ne pourrait taper. Répondez à la question et renvoyez le formulaire.',
    replayed: 'Ce formulaire a déjà été envoyé. Répondez à la nouvelle question.',
    'wrong-answer':
      "Ce n'est pas la bonne réponse. Répondez à la nouvelle question ; votre commentaire est conservé.",
    'store-error':
      "Votre réponse n'a pas pu être vérifiée pour l'instant. Renvoyez le formulaire dans un moment.",
    honeypot: 'Votre navigateur a rempli un champ qui doit rester vide. Renvoyez le formulaire.',
    'missing-field': "Répondez à la question anti-spam, s'il vous plaît.",
  },
  de: {
    malformed:
      'Die Anti-Spam-Frage kam nicht vollständig zurück. Bitte beantworten Sie die neue Frage.',
    'bad-signature':
      'Diese Anti-Spam-Frage gehört nicht zu diesem Formular. Bitte beantworten Sie die neue Frage.',
    expired: 'Die Anti-Spam-Frage ist abgelaufen. Bitte beantworten Sie die neue Frage.',
    'too-soon':
      'Das war schneller, als jemand tippen kann. Bitte beantworten Sie die Frage und senden Sie das Formular erneut.',
    replayed: 'Dieses Formular wurde schon einmal gesendet. Bitte beantworten Sie die neue Frage.',
    'wrong-answer':
      'Die Antwort stimmt nicht. Bitte beantworten Sie die neue Frage; Ihr Kommentar bleibt erhalten.',
    'store-error':
      'Ihre Antwort konnte gerade nicht geprüft werden. Bitte senden Sie gleich noch einmal.',
    honeypot:
      'Ihr Browser hat ein Feld ausgefüllt, das leer bleiben sollte. Bitte senden Sie das Formular erneut.',
    'missing-field': 'Bitte beantworten Sie die Anti-Spam-Frage.',
  },
  es: {
    malformed: 'La pregunta antispam no volvió intacta. Responda a la nueva pregunta.',
    'bad-signature':
      'Esta pregunta antispam no es de este formulario. Responda a la nueva pregunta.',
    expired: 'La pregunta antispam ha caducado. Responda a la nueva pregunta.',
    'too-soon':
      'Se envió más rápido de lo que nadie puede escribir. Responda a la pregunta y vuelva a enviar el formulario.',
    replayed: 'Este formulario ya se envió una vez. Responda a la nueva pregunta.',
    'wrong-answer':
      'La respuesta no es correcta. Responda a la nueva pregunta; su comentario se conserva.',
    'store-error':
      'No se pudo comprobar su respuesta ahora mismo. Vuelva a enviar el formulario en un momento.',
    honeypot: 'Su navegador rellenó un campo que debe quedar vacío. Vuelva a enviar el formulario.',
    'missing-field': 'Responda a la pregunta antispam, por favor.',
  },
  'zh-Hans': {
    malformed: '验证问题未能完整传回。请回答新的问题。',
    'bad-signature': '此验证问题不是为本表单生成的。请回答新的问题。',
    expired: '验证问题已过期。请回答新的问题。',
    'too-soon': '提交速度比任何人打字都快。请回答问题后重新提交。',
    replayed: '此表单已经提交过一次。请回答新的问题。',
    'wrong-answer': '答案不正确。请回答新的问题；您的评论已保留。',
    'store-error': '暂时无法核对您的答案。请稍后重新提交。',
    honeypot: '您的浏览器自动填充了一个应当留空的字段。请重新提交。',
    'missing-field': '请回答验证问题。',
  },
  'zh-Hant': {
    malformed: '驗證問題未能完整傳回。請回答新的問題。',
    'bad-signature': '此驗證問題不是為本表單產生的。請回答新的問題。',
    expired: '驗證問題已過期。請回答新的問題。',
    'too-soon': '送出速度比任何人打字都快。請回答問題後再送出一次。',
    replayed: '此表單已經送出過一次。請回答新的問題。',
    'wrong-answer': '答案不正確。請回答新的問題；您的留言已保留。',
    'store-error': '目前無法核對您的答案。請稍後再送出一次。',
    honeypot: '您的瀏覽器自動填入了一個應保持空白的欄位。請再送出一次。',
    'missing-field': '請回答驗證問題。',
  },
  hi: {
    malformed: 'एंटी-स्पैम प्रश्न सही-सलामत वापस नहीं आया। कृपया नए प्रश्न का उत्तर दें।',
    'bad-signature': 'यह एंटी-स्पैम प्रश्न इस फ़ॉर्म के लिए नहीं बनाया गया था। कृपया नए प्रश्न का उत्तर दें।',
    expired: 'एंटी-स्पैम प्रश्न की समय-सीमा समाप्त हो गई है। कृपया नए प्रश्न का उत्तर दें।',
    'too-soon':
      'फ़ॉर्म इतनी तेज़ी से भेजा गया कि कोई भी इतनी तेज़ी से टाइप नहीं कर सकता। कृपया प्रश्न का उत्तर देकर फिर से भेजें।',
    replayed: 'यह फ़ॉर्म पहले ही एक बार भेजा जा चुका है। कृपया नए प्रश्न का उत्तर दें।',
    'wrong-answer': 'यह उत्तर सही नहीं है। कृपया नए प्रश्न का उत्तर दें; आपकी टिप्पणी सुरक्षित है।',
    'store-error': 'आपका उत्तर अभी जाँचा नहीं जा सका। कृपया थोड़ी देर में फिर से भेजें।',
    honeypot: 'आपके ब्राउज़र ने एक ऐसा फ़ील्ड भर दिया जिसे खाली रहना चाहिए था। कृपया फिर से भेजें।',
    'missing-field': 'कृपया एंटी-स्पैम प्रश्न का उत्तर दें।',
  },
  ar: {
    malformed: 'لم يصل سؤال التحقق سليمًا. يُرجى الإجابة عن السؤال الجديد.',
    'bad-signature': 'سؤال التحقق لا يخص هذا النموذج. يُرجى الإجابة عن السؤال الجديد.',
    expired: 'انتهت صلاحية سؤال التحقق. يُرجى الإجابة عن السؤال الجديد.',
    'too-soon':
      'أُرسل النموذج أسرع مما يمكن لأي شخص أن يكتب. يُرجى الإجابة عن السؤال ثم إعادة الإرسال.',
    replayed: 'سبق أن أُرسل هذا النموذج مرة واحدة. يُرجى الإجابة عن السؤال الجديد.',
    'wrong-answer': 'الإجابة غير صحيحة. يُرجى الإجابة عن السؤال الجديد؛ تعليقك محفوظ.',
    'store-error': 'تعذّر التحقق من إجابتك الآن. يُرجى إعادة الإرسال بعد قليل.',
    honeypot: 'ملأ متصفحك حقلًا يجب أن يبقى فارغًا. يُرجى إعادة الإرسال.',
    'missing-field': 'يُرجى الإجابة عن سؤال التحقق.',
  },
  bn: {
    malformed: 'অ্যান্টি-স্প্যাম প্রশ্নটি ঠিকমতো ফেরত আসেনি। অনুগ্রহ করে নতুন প্রশ্নটির উত্তর দিন।',
    'bad-signature': 'এই অ্যান্টি-স্প্যাম প্রশ্নটি এই ফর্মের জন্য তৈরি হয়নি। অনুগ্রহ করে নতুন প্রশ্নটির উত্তর দিন।',
    expired: 'অ্যান্টি-স্প্যাম প্রশ্নটির মেয়াদ শেষ হয়ে গেছে। অনুগ্রহ করে নতুন প্রশ্নটির উত্তর দিন।',
    'too-soon':
      'এটি এত দ্রুত পাঠানো হয়েছে যে কোনো মানুষের পক্ষে এত দ্রুত টাইপ করা সম্ভব নয়। অনুগ্রহ করে প্রশ্নটির উত্তর দিয়ে আবার পাঠান।',
    replayed: 'এই ফর্মটি আগেই একবার পাঠানো হয়েছে। অনুগ্রহ করে নতুন প্রশ্নটির উত্তর দিন।',
    'wrong-answer': 'উত্তরটি সঠিক নয়। অনুগ্রহ করে নতুন প্রশ্নটির উত্তর দিন; আপনার মন্তব্যটি সংরক্ষিত আছে।',
    'store-error': 'এই মুহূর্তে আপনার উত্তরটি যাচাই করা যায়নি। অনুগ্রহ করে একটু পরে আবার পাঠান।',
    honeypot: 'আপনার ব্রাউজার এমন একটি ফিল্ড পূরণ করেছে যা খালি থাকার কথা। অনুগ্রহ করে আবার পাঠান।',
    'missing-field': 'অনুগ্রহ করে অ্যান্টি-স্প্যাম প্রশ্নটির উত্তর দিন।',
  },
  pt: {
    malformed: 'A pergunta antispam não voltou intacta. Por favor, responda à nova pergunta.',
    'bad-signature':
      'Esta pergunta antispam não foi criada para este formulário. Por favor, responda à nova pergunta.',
    expired: 'A pergunta antispam expirou. Por favor, responda à nova pergunta.',
    'too-soon':
      'O formulário foi enviado mais rápido do que qualquer pessoa conseguiria escrever. Por favor, responda à pergunta e envie novamente.',
    replayed: 'Este formulário já foi enviado uma vez. Por favor, responda à nova pergunta.',
    'wrong-answer':
      'A resposta não está correta. Por favor, responda à nova pergunta; o seu comentário foi guardado.',
    'store-error':
      'Não foi possível verificar a sua resposta agora. Por favor, envie novamente daqui a pouco.',
    honeypot:
      'O seu navegador preencheu um campo que deveria ficar vazio. Por favor, envie novamente.',
    'missing-field': 'Por favor, responda à pergunta antispam.',
  },
  ru: {
    malformed: 'Проверочный вопрос вернулся повреждённым. Пожалуйста, ответьте на новый вопрос.',
    'bad-signature':
      'Этот проверочный вопрос создан не для этой формы. Пожалуйста, ответьте на новый вопрос.',
    expired: 'Срок действия проверочного вопроса истёк. Пожалуйста, ответьте на новый вопрос.',
    'too-soon':
      'Форма отправлена быстрее, чем кто-либо успел бы набрать текст. Пожалуйста, ответьте на вопрос и отправьте ещё раз.',
    replayed: 'Эта форма уже была отправлена. Пожалуйста, ответьте на новый вопрос.',
    'wrong-answer':
      'Ответ неверный. Пожалуйста, ответьте на новый вопрос; ваш комментарий сохранён.',
    'store-error':
      'Сейчас не удаётся проверить ваш ответ. Пожалуйста, отправьте ещё раз чуть позже.',
    honeypot:
      'Ваш браузер заполнил поле, которое должно оставаться пустым. Пожалуйста, отправьте ещё раз.',
    'missing-field': 'Пожалуйста, ответьте на проверочный вопрос.',
  },
  ur: {
    malformed: 'اینٹی اسپام سوال صحیح حالت میں واپس نہیں آیا۔ براہ کرم نئے سوال کا جواب دیں۔',
    'bad-signature':
      'یہ اینٹی اسپام سوال اس فارم کے لیے نہیں بنایا گیا تھا۔ براہ کرم نئے سوال کا جواب دیں۔',
    expired: 'اینٹی اسپام سوال کی میعاد ختم ہو گئی ہے۔ براہ کرم نئے سوال کا جواب دیں۔',
    'too-soon':
      'یہ اتنی تیزی سے بھیجا گیا کہ کوئی بھی اتنی تیزی سے ٹائپ نہیں کر سکتا۔ براہ کرم سوال کا جواب دے کر دوبارہ بھیجیں۔',
    replayed: 'یہ فارم پہلے ہی ایک بار بھیجا جا چکا ہے۔ براہ کرم نئے سوال کا جواب دیں۔',
    'wrong-answer': 'یہ جواب درست نہیں ہے۔ براہ کرم نئے سوال کا جواب دیں؛ آپ کا تبصرہ محفوظ ہے۔',
    'store-error': 'اس وقت آپ کے جواب کی جانچ نہیں ہو سکی۔ براہ کرم تھوڑی دیر بعد دوبارہ بھیجیں۔',
    honeypot:
      'آپ کے براؤزر نے ایک ایسا خانہ پُر کر دیا جسے خالی رہنا چاہیے تھا۔ براہ کرم دوبارہ بھیجیں۔',
    'missing-field': 'براہ کرم اینٹی اسپام سوال کا جواب دیں۔',
  },
  id: {
    malformed:
      'Pertanyaan antispam tidak kembali dalam keadaan utuh. Silakan jawab pertanyaan yang baru.',
    'bad-signature':
      'Pertanyaan antispam ini tidak dibuat untuk formulir ini. Silakan jawab pertanyaan yang baru.',
    expired: 'Pertanyaan antispam sudah kedaluwarsa. Silakan jawab pertanyaan yang baru.',
    'too-soon':
      'Formulir ini terkirim lebih cepat daripada yang bisa diketik oleh siapa pun. Silakan jawab pertanyaannya, lalu kirim ulang.',
    replayed: 'Formulir ini sudah pernah dikirim. Silakan jawab pertanyaan yang baru.',
    'wrong-answer':
      'Jawaban Anda belum tepat. Silakan jawab pertanyaan yang baru; komentar Anda tetap tersimpan.',
    'store-error':
      'Jawaban Anda tidak dapat diperiksa saat ini. Silakan kirim ulang beberapa saat lagi.',
    honeypot: 'Browser Anda mengisi kolom yang seharusnya dibiarkan kosong. Silakan kirim ulang.',
    'missing-field': 'Silakan jawab pertanyaan antispam.',
  },
  ja: {
    malformed: 'スパム対策の質問を正しく受け取れませんでした。新しい質問にお答えください。',
    'bad-signature':
      'このスパム対策の質問は、このフォーム用のものではありません。新しい質問にお答えください。',
    expired: 'スパム対策の質問の有効期限が切れました。新しい質問にお答えください。',
    'too-soon':
      '人が入力できる速さを超えて送信されました。質問にお答えのうえ、もう一度送信してください。',
    replayed: 'このフォームはすでに一度送信されています。新しい質問にお答えください。',
    'wrong-answer':
      '回答が正しくありません。新しい質問にお答えください。コメントはそのまま残っています。',
    'store-error': '現在、回答を確認できません。しばらくしてから、もう一度送信してください。',
    honeypot:
      'お使いのブラウザが、空欄のままにすべき欄に自動入力しました。もう一度送信してください。',
    'missing-field': 'スパム対策の質問にお答えください。',
  },
  mr: {
    malformed: 'स्पॅमविरोधी प्रश्न जसाच्या तसा परत आला नाही. कृपया नवीन प्रश्नाचे उत्तर द्या.',
    'bad-signature': 'हा स्पॅमविरोधी प्रश्न या फॉर्मसाठी तयार केलेला नाही. कृपया नवीन प्रश्नाचे उत्तर द्या.',
    expired: 'स्पॅमविरोधी प्रश्नाची मुदत संपली आहे. कृपया नवीन प्रश्नाचे उत्तर द्या.',
    'too-soon':
      'हा फॉर्म कोणालाही टाइप करता येणार नाही इतक्या वेगाने पाठवला गेला. कृपया प्रश्नाचे उत्तर देऊन पुन्हा पाठवा.',
    replayed: 'हा फॉर्म आधीच एकदा पाठवला गेला आहे. कृपया नवीन प्रश्नाचे उत्तर द्या.',
    'wrong-answer': 'हे उत्तर बरोबर नाही. कृपया नवीन प्रश्नाचे उत्तर द्या; तुमची टिप्पणी जतन केलेली आहे.',
    'store-error': 'तुमचे उत्तर आत्ता तपासता आले नाही. कृपया थोड्या वेळाने पुन्हा पाठवा.',
    honeypot: 'रिकामे ठेवायचे असलेले एक फील्ड तुमच्या ब्राउझरने भरले आहे. कृपया पुन्हा पाठवा.',
    'missing-field': 'कृपया स्पॅमविरोधी प्रश्नाचे उत्तर द्या.',
  },
  te: {
    malformed: 'స్పామ్ నిరోధక ప్రశ్న సరిగ్గా తిరిగి రాలేదు. దయచేసి కొత్త ప్రశ్నకు సమాధానం ఇవ్వండి.',
    'bad-signature': 'ఈ స్పామ్ నిరోధక ప్రశ్న ఈ ఫారమ్ కోసం రూపొందించబడలేదు. దయచేసి కొత్త ప్రశ్నకు సమాధానం ఇవ్వండి.',
    expired: 'స్పామ్ నిరోధక ప్రశ్న గడువు ముగిసింది. దయచేసి కొత్త ప్రశ్నకు సమాధానం ఇవ్వండి.',
    'too-soon': 'ఎవరూ టైప్ చేయలేనంత వేగంగా ఇది పంపబడింది. దయచేసి ప్రశ్నకు సమాధానం ఇచ్చి మళ్లీ పంపండి.',
    replayed: 'ఈ ఫారమ్ ఇప్పటికే ఒకసారి పంపబడింది. దయచేసి కొత్త ప్రశ్నకు సమాధానం ఇవ్వండి.',
    'wrong-answer': 'ఆ సమాధానం సరైనది కాదు. దయచేసి కొత్త ప్రశ్నకు సమాధానం ఇవ్వండి; మీ వ్యాఖ్య భద్రంగా ఉంది.',
    'store-error': 'మీ సమాధానాన్ని ప్రస్తుతం తనిఖీ చేయలేకపోయాము. దయచేసి కొద్దిసేపటి తర్వాత మళ్లీ పంపండి.',
    honeypot: 'మీ బ్రౌజర్ ఖాళీగా ఉండాల్సిన ఒక ఫీల్డ్‌ను నింపింది. దయచేసి మళ్లీ పంపండి.',
    'missing-field': 'దయచేసి స్పామ్ నిరోధక ప్రశ్నకు సమాధానం ఇవ్వండి.',
  },
  tr: {
    malformed: 'Spam önleme sorusu eksiksiz ulaşmadı. Lütfen yeni soruyu yanıtlayın.',
    'bad-signature': 'Bu spam önleme sorusu bu forma ait değil. Lütfen yeni soruyu yanıtlayın.',
    expired: 'Spam önleme sorusunun süresi doldu. Lütfen yeni soruyu yanıtlayın.',
    'too-soon':
      'Form, herhangi birinin yazabileceğinden daha hızlı gönderildi. Lütfen soruyu yanıtlayıp yeniden gönderin.',
    replayed: 'Bu form zaten bir kez gönderildi. Lütfen yeni soruyu yanıtlayın.',
    'wrong-answer': 'Yanıt doğru değil. Lütfen yeni soruyu yanıtlayın; yorumunuz korundu.',
    'store-error': 'Yanıtınız şu anda kontrol edilemedi. Lütfen biraz sonra yeniden gönderin.',
    honeypot: 'Tarayıcınız boş kalması gereken bir alanı doldurdu. Lütfen yeniden gönderin.',
    'missing-field': 'Lütfen spam önleme sorusunu yanıtlayın.',
  },
  ta: {
    malformed: 'ஸ்பேம் தடுப்புக் கேள்வி முழுமையாகத் திரும்பி வரவில்லை. புதிய கேள்விக்குப் பதிலளிக்கவும்.',
    'bad-signature':
      'இந்த ஸ்பேம் தடுப்புக் கேள்வி இந்தப் படிவத்திற்காக உருவாக்கப்படவில்லை. புதிய கேள்விக்குப் பதிலளிக்கவும்.',
    expired: 'ஸ்பேம் தடுப்புக் கேள்வி காலாவதியாகிவிட்டது. புதிய கேள்விக்குப் பதிலளிக்கவும்.',
    'too-soon':
      'யாராலும் தட்டச்சு செய்ய முடியாத வேகத்தில் இது அனுப்பப்பட்டது. கேள்விக்குப் பதிலளித்து மீண்டும் அனுப்பவும்.',
    replayed: 'இந்தப் படிவம் ஏற்கெனவே ஒருமுறை அனுப்பப்பட்டுவிட்டது. புதிய கேள்விக்குப் பதிலளிக்கவும்.',
    'wrong-answer': 'அந்தப் பதில் சரியல்ல. புதிய கேள்விக்குப் பதிலளிக்கவும்; உங்கள் கருத்து அப்படியே உள்ளது.',
    'store-error': 'உங்கள் பதிலை இப்போது சரிபார்க்க முடியவில்லை. சிறிது நேரம் கழித்து மீண்டும் அனுப்பவும்.',
    honeypot: 'காலியாக இருக்க வேண்டிய ஒரு புலத்தை உங்கள் உலாவி நிரப்பியுள்ளது. மீண்டும் அனுப்பவும்.',
    'missing-field': 'ஸ்பேம் தடுப்புக் கேள்விக்குப் பதிலளிக்கவும்.',
  },
  vi: {
    malformed: 'Câu hỏi chống spam gửi về không còn nguyên vẹn. Vui lòng trả lời câu hỏi mới.',
    'bad-signature':
      'Câu hỏi chống spam này không dành cho biểu mẫu này. Vui lòng trả lời câu hỏi mới.',
    expired: 'Câu hỏi chống spam đã hết hạn. Vui lòng trả lời câu hỏi mới.',
    'too-soon':
      'Biểu mẫu được gửi nhanh hơn tốc độ gõ của bất kỳ ai. Vui lòng trả lời câu hỏi rồi gửi lại.',
    replayed: 'Biểu mẫu này đã được gửi một lần. Vui lòng trả lời câu hỏi mới.',
    'wrong-answer':
      'Câu trả lời chưa đúng. Vui lòng trả lời câu hỏi mới; bình luận của bạn vẫn được giữ nguyên.',
    'store-error': 'Hiện chưa thể kiểm tra câu trả lời của bạn. Vui lòng gửi lại sau giây lát.',
    honeypot: 'Trình duyệt của bạn đã điền vào một ô lẽ ra phải để trống. Vui lòng gửi lại.',
    'missing-field': 'Vui lòng trả lời câu hỏi chống spam.',
  },
  ko: {
    malformed: '스팸 방지 질문이 올바르게 전달되지 않았습니다. 새 질문에 답해 주세요.',
    'bad-signature': '이 양식에 맞는 스팸 방지 질문이 아닙니다. 새 질문에 답해 주세요.',
    expired: '스팸 방지 질문이 만료되었습니다. 새 질문에 답해 주세요.',
    'too-soon':
      '사람이 입력할 수 있는 것보다 빠르게 전송되었습니다. 질문에 답한 뒤 다시 보내 주세요.',
    replayed: '이 양식은 이미 한 번 전송되었습니다. 새 질문에 답해 주세요.',
    'wrong-answer':
      '답이 맞지 않습니다. 새 질문에 답해 주세요. 작성하신 댓글은 그대로 남아 있습니다.',
    'store-error': '지금은 답을 확인할 수 없습니다. 잠시 후 다시 보내 주세요.',
    honeypot: '브라우저가 비워 두어야 하는 칸을 자동으로 채웠습니다. 다시 보내 주세요.',
    'missing-field': '스팸 방지 질문에 답해 주세요.',
  },
  fil: {
    malformed: 'Hindi bumalik nang buo ang anti-spam na tanong. Pakisagot ang bagong tanong.',
    'bad-signature':
      'Hindi ginawa para sa form na ito ang anti-spam na tanong. Pakisagot ang bagong tanong.',
    expired: 'Nag-expire na ang anti-spam na tanong. Pakisagot ang bagong tanong.',
    'too-soon':
      'Mas mabilis itong naipadala kaysa sa kayang mag-type ng kahit sino. Pakisagot ang tanong at ipadala ulit.',
    replayed: 'Naipadala na ang form na ito nang isang beses. Pakisagot ang bagong tanong.',
    'wrong-answer':
      'Hindi tama ang sagot. Pakisagot ang bagong tanong; naka-save pa rin ang iyong komento.',
    'store-error': 'Hindi masuri ang iyong sagot sa ngayon. Pakipadala ulit maya-maya.',
    honeypot: 'Pinunan ng iyong browser ang isang field na dapat ay walang laman. Pakipadala ulit.',
    'missing-field': 'Pakisagot ang anti-spam na tanong.',
  },
  fa: {
    malformed: 'پرسش ضد اسپم سالم بازنگشت. لطفاً به پرسش جدید پاسخ دهید.',
    'bad-signature': 'این پرسش ضد اسپم برای این فرم ساخته نشده است. لطفاً به پرسش جدید پاسخ دهید.',
    expired: 'پرسش ضد اسپم منقضی شده است. لطفاً به پرسش جدید پاسخ دهید.',
    'too-soon':
      'فرم سریع‌تر از آن ارسال شد که کسی بتواند تایپ کند. لطفاً به پرسش پاسخ دهید و دوباره ارسال کنید.',
    replayed: 'این فرم قبلاً یک بار ارسال شده است. لطفاً به پرسش جدید پاسخ دهید.',
    'wrong-answer': 'این پاسخ درست نیست. لطفاً به پرسش جدید پاسخ دهید؛ نظر شما حفظ شده است.',
    'store-error':
      'در حال حاضر امکان بررسی پاسخ شما وجود ندارد. لطفاً چند لحظه بعد دوباره ارسال کنید.',
    honeypot: 'مرورگر شما فیلدی را پر کرده است که باید خالی بماند. لطفاً دوباره ارسال کنید.',
    'missing-field': 'لطفاً به پرسش ضد اسپم پاسخ دهید.',
  },
  sw: {
    malformed: 'Swali la kuzuia spam halikurudi likiwa kamili. Tafadhali jibu swali jipya.',
    'bad-signature':
      'Swali hili la kuzuia spam halikuundwa kwa ajili ya fomu hii. Tafadhali jibu swali jipya.',
    expired: 'Muda wa swali la kuzuia spam umekwisha. Tafadhali jibu swali jipya.',
    'too-soon':
      'Fomu hii imetumwa haraka kuliko mtu yeyote anavyoweza kuandika. Tafadhali jibu swali kisha utume tena.',
    replayed: 'Fomu hii tayari imetumwa mara moja. Tafadhali jibu swali jipya.',
    'wrong-answer': 'Jibu hilo si sahihi. Tafadhali jibu swali jipya; maoni yako yamehifadhiwa.',
    'store-error':
      'Jibu lako halikuweza kukaguliwa kwa sasa. Tafadhali tuma tena baada ya muda mfupi.',
    honeypot: 'Kivinjari chako kimejaza sehemu ambayo inapaswa kubaki tupu. Tafadhali tuma tena.',
    'missing-field': 'Tafadhali jibu swali la kuzuia spam.',
  },
  it: {
    malformed: 'La domanda antispam non è tornata intatta. Rispondi alla nuova domanda.',
    'bad-signature':
      'Questa domanda antispam non è stata creata per questo modulo. Rispondi alla nuova domanda.',
    expired: 'La domanda antispam è scaduta. Rispondi alla nuova domanda.',
    'too-soon':
      'Il modulo è stato inviato più velocemente di quanto chiunque riesca a scrivere. Rispondi alla domanda e invia di nuovo.',
    replayed: 'Questo modulo è già stato inviato una volta. Rispondi alla nuova domanda.',
    'wrong-answer':
      'La risposta non è corretta. Rispondi alla nuova domanda; il tuo commento è stato conservato.',
    'store-error':
      'Non è stato possibile verificare la tua risposta in questo momento. Invia di nuovo tra poco.',
    honeypot: 'Il tuo browser ha compilato un campo che deve restare vuoto. Invia di nuovo.',
    'missing-field': 'Rispondi alla domanda antispam.',
  },
  th: {
    malformed: 'คำถามป้องกันสแปมที่ส่งกลับมาไม่สมบูรณ์ กรุณาตอบคำถามใหม่',
    'bad-signature': 'คำถามป้องกันสแปมนี้ไม่ได้สร้างขึ้นสำหรับแบบฟอร์มนี้ กรุณาตอบคำถามใหม่',
    expired: 'คำถามป้องกันสแปมหมดอายุแล้ว กรุณาตอบคำถามใหม่',
    'too-soon': 'แบบฟอร์มนี้ส่งมาเร็วเกินกว่าที่ใครจะพิมพ์ทัน กรุณาตอบคำถามแล้วส่งอีกครั้ง',
    replayed: 'แบบฟอร์มนี้ถูกส่งไปแล้วครั้งหนึ่ง กรุณาตอบคำถามใหม่',
    'wrong-answer': 'คำตอบไม่ถูกต้อง กรุณาตอบคำถามใหม่ ความคิดเห็นของคุณยังคงอยู่',
    'store-error': 'ไม่สามารถตรวจคำตอบของคุณได้ในขณะนี้ กรุณาส่งอีกครั้งในอีกสักครู่',
    honeypot: 'เบราว์เซอร์ของคุณกรอกช่องที่ต้องเว้นว่างไว้ กรุณาส่งอีกครั้ง',
    'missing-field': 'กรุณาตอบคำถามป้องกันสแปม',
  },
  pl: {
    malformed: 'Pytanie antyspamowe nie wróciło w całości. Prosimy odpowiedzieć na nowe pytanie.',
    'bad-signature':
      'To pytanie antyspamowe nie zostało utworzone dla tego formularza. Prosimy odpowiedzieć na nowe pytanie.',
    expired: 'Pytanie antyspamowe wygasło. Prosimy odpowiedzieć na nowe pytanie.',
    'too-soon':
      'Formularz wysłano szybciej, niż ktokolwiek zdążyłby cokolwiek wpisać. Prosimy odpowiedzieć na pytanie i wysłać ponownie.',
    replayed: 'Ten formularz został już raz wysłany. Prosimy odpowiedzieć na nowe pytanie.',
    'wrong-answer':
      'Ta odpowiedź jest nieprawidłowa. Prosimy odpowiedzieć na nowe pytanie; komentarz został zachowany.',
    'store-error': 'Nie udało się teraz sprawdzić odpowiedzi. Prosimy wysłać ponownie za chwilę.',
    honeypot: 'Przeglądarka wypełniła pole, które powinno pozostać puste. Prosimy wysłać ponownie.',
    'missing-field': 'Prosimy odpowiedzieć na pytanie antyspamowe.',
  },
  uk: {
    malformed:
      'Антиспамове запитання повернулося пошкодженим. Будь ласка, дайте відповідь на нове запитання.',
    'bad-signature':
      'Це антиспамове запитання створено не для цієї форми. Будь ласка, дайте відповідь на нове запитання.',
    expired:
      'Термін дії антиспамового запитання минув. Будь ласка, дайте відповідь на нове запитання.',
    'too-soon':
      'Форму надіслано швидше, ніж будь-хто встиг би набрати текст. Будь ласка, дайте відповідь на запитання й надішліть ще раз.',
    replayed: 'Цю форму вже було надіслано. Будь ласка, дайте відповідь на нове запитання.',
    'wrong-answer':
      'Відповідь неправильна. Будь ласка, дайте відповідь на нове запитання; ваш коментар збережено.',
    'store-error':
      'Зараз не вдається перевірити вашу відповідь. Будь ласка, надішліть ще раз трохи згодом.',
    honeypot:
      'Ваш браузер заповнив поле, яке має залишатися порожнім. Будь ласка, надішліть ще раз.',
    'missing-field': 'Будь ласка, дайте відповідь на антиспамове запитання.',
  },
  nl: {
    malformed: 'De antispamvraag is niet intact teruggekomen. Beantwoord de nieuwe vraag.',
    'bad-signature': 'Deze antispamvraag hoort niet bij dit formulier. Beantwoord de nieuwe vraag.',
    expired: 'De antispamvraag is verlopen. Beantwoord de nieuwe vraag.',
    'too-soon':
      'Dit is sneller verstuurd dan iemand kan typen. Beantwoord de vraag en verstuur het formulier opnieuw.',
    replayed: 'Dit formulier is al een keer verstuurd. Beantwoord de nieuwe vraag.',
    'wrong-answer':
      'Dat antwoord klopt niet. Beantwoord de nieuwe vraag; uw reactie blijft bewaard.',
    'store-error':
      'Uw antwoord kon nu niet worden gecontroleerd. Verstuur het formulier over een ogenblik opnieuw.',
    honeypot:
      'Uw browser heeft een veld ingevuld dat leeg moet blijven. Verstuur het formulier opnieuw.',
    'missing-field': 'Beantwoord de antispamvraag.',
  },
  ms: {
    malformed: 'Soalan antispam tidak kembali dalam keadaan lengkap. Sila jawab soalan baharu.',
    'bad-signature': 'Soalan antispam ini tidak dibuat untuk borang ini. Sila jawab soalan baharu.',
    expired: 'Soalan antispam telah tamat tempoh. Sila jawab soalan baharu.',
    'too-soon':
      'Borang ini dihantar lebih pantas daripada kelajuan menaip sesiapa pun. Sila jawab soalan dan hantar semula.',
    replayed: 'Borang ini sudah pernah dihantar. Sila jawab soalan baharu.',
    'wrong-answer': 'Jawapan itu tidak betul. Sila jawab soalan baharu; komen anda masih disimpan.',
    'store-error':
      'Jawapan anda tidak dapat disemak buat masa ini. Sila hantar semula sebentar lagi.',
    honeypot:
      'Pelayar anda telah mengisi medan yang sepatutnya dibiarkan kosong. Sila hantar semula.',
    'missing-field': 'Sila jawab soalan antispam.',
  },
};

/** The honeypot's label ("Leave this field empty"), by the same keys as the messages. */
const HONEYPOT_LABELS: Readonly<Record<string, string>> = {
  en: 'Leave this field empty',
  fr: 'Laissez ce champ vide',
  de: 'Dieses Feld leer lassen',
  es: 'Deje este campo vacío',
  'zh-Hans': '请将此字段留空',
  'zh-Hant': '請將此欄位留空',
  hi: 'इस फ़ील्ड को खाली छोड़ दें',
  ar: 'يُرجى ترك هذا الحقل فارغًا',
  bn: 'এই ফিল্ডটি খালি রাখুন',
  pt: 'Deixe este campo vazio',
  ru: 'Оставьте это поле пустым',
  ur: 'اس خانے کو خالی چھوڑ دیں',
  id: 'Biarkan kolom ini kosong',
  ja: 'この欄には何も入力しないでください',
  mr: 'हे फील्ड रिकामे ठेवा',
  te: 'ఈ ఫీల్డ్‌ను ఖాళీగా వదిలేయండి',
  tr: 'Bu alanı boş bırakın',
  ta: 'இந்தப் புலத்தைக் காலியாக விடவும்',
  vi: 'Vui lòng để trống ô này',
  ko: '이 칸은 비워 두세요',
  fil: 'Iwanang blangko ang field na ito',
  fa: 'این فیلد را خالی بگذارید',
  sw: 'Acha sehemu hii tupu',
  it: 'Lascia vuoto questo campo',
  th: 'กรุณาเว้นช่องนี้ว่างไว้',
  pl: 'Prosimy pozostawić to pole puste',
  uk: 'Залиште це поле порожнім',
  nl: 'Laat dit veld leeg',
  ms: 'Biarkan medan ini kosong',
};

/** Language subtags that name a language with messages under another key. */
const ALIASES: Readonly<Record<string, string>> = { tl: 'fil', in: 'id' };

/** Longer tags are not locales a reader sends; they get English without being parsed. */
const LONGEST_TAG = 256;

/**
 * The key of the messages for a BCP 47 tag: its language (`pt-BR` and `pt-PT` → `pt`), or for
 * Chinese its script (`zh-TW`, `zh-HK`, `zh-Hant-TW` → `zh-Hant`; `zh`, `zh-CN`, `zh-Hans-CN`
 * → `zh-Hans`); `en` for anything else, malformed tags and non-strings included.
 */
function messageKey(locale: unknown): string {
  if (typeof locale !== 'string' || locale.length > LONGEST_TAG) return 'en';
  let tag: Intl.Locale;
  try {
    tag = new Intl.Locale(locale);
  } catch {
    return 'en';
  }
  const language = Object.hasOwn(ALIASES, tag.language)
    ? (ALIASES[tag.language] as string)
    : tag.language;
  const key =
    language === 'zh' ? `zh-${tag.maximize().script === 'Hant' ? 'Hant' : 'Hans'}` : language;
  // The labels have the same keys as the messages (a test checks it); reading them here lets a
  // bundle that uses only renderHtml leave the messages out.
  return Object.hasOwn(HONEYPOT_LABELS, key) ? key : 'en';
}

/**
 * A message a person can read for a refusal, in the language of `locale`: built in for
 * English, French, German, Spanish, Chinese (Simplified and Traditional, chosen by script or
 * region), Hindi, Arabic, Bengali, Portuguese, Russian, Urdu, Indonesian, Japanese, Marathi,
 * Telugu, Turkish, Tamil, Vietnamese, Korean, Filipino, Persian, Swahili, Italian, Thai, Polish,
 * Ukrainian, Dutch and Malay; other languages get English. Pass `messages` to use your own
 * wording or language for some or all reasons (only its own properties are read).
 *
 * @example
 * ```ts
 * import { describeRefusal } from 'calcha';
 * describeRefusal('wrong-answer', 'fr-FR');
 * // "Ce n'est pas la bonne réponse. Répondez à la nouvelle question ; …" (U+00A0 before ';')
 * describeRefusal('expired', 'zh-TW'); // "驗證問題已過期。請回答新的問題。"
 * describeRefusal('expired', 'ga-IE', { expired: 'Tá an cheist as feidhm.' });
 * // "Tá an cheist as feidhm."
 * ```
 */
export function describeRefusal(
  reason: FormRefusalReason,
  locale = 'en',
  messages: Partial<RefusalMessages> = {},
): string {
  const own = Object.hasOwn(Object(messages), reason) ? messages[reason] : undefined;
  if (typeof own === 'string') return own;
  const builtIn = BUILT_IN[messageKey(locale)] as RefusalMessages;
  // A reason outside the union (from untyped code) gets the generic "answer the new question".
  return Object.hasOwn(builtIn, reason) ? builtIn[reason] : builtIn.malformed;
}

/**
 * The honeypot's label ("Leave this field empty") in the language of `locale`, in the same
 * languages as {@link describeRefusal}; English for others and without a locale. `renderHtml` uses the question's
 * locale by default; pass `honeypotLabel(pageLocale)` when the page is in another language.
 *
 * @example
 * ```ts
 * import { honeypotLabel } from 'calcha';
 * honeypotLabel('de-CH'); // "Dieses Feld leer lassen"
 * honeypotLabel('xx');    // "Leave this field empty"
 * ```
 */
export function honeypotLabel(locale?: string): string {
  return HONEYPOT_LABELS[messageKey(locale)] as string;
}
