/** The teaching layer: content in each language, the RFC transitions, predict-then-reveal. */
export {
  TEACH_LOCALES,
  causeKey,
  edgeKey,
  englishTeachStrings,
  flattenTeachContent,
  loadedTeachStrings,
  loadTeachStrings,
  sendKey,
  stateKey,
  teachT,
  teachTranslator,
  type StateExplanation,
  type TeachContent,
} from './content';
export { fill, type Params, type Translate } from './i18n';
export { OS_SPELLINGS, SYSTEMS, type SystemId } from './spellings';
export {
  TRANSITIONS,
  TRANSITION_IDS,
  labelFor,
  labelText,
  transitionById,
  transitionFor,
  type RfcLabel,
  type RfcTransition,
  type TransitionId,
  type TransitionKind,
} from './transitions';
export {
  EMPTY_SCORE,
  PAUSE_LEAD,
  QUESTION_KINDS,
  answer,
  buildQuestion,
  isCorrect,
  nextQuestion,
  questionPoints,
  questionsFor,
  segmentNotation,
  type Choice,
  type PredictOptions,
  type Question,
  type QuestionKind,
  type QuestionPoint,
  type Score,
} from './predict';
