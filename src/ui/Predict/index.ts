export { PredictPanel, type PredictPanelProps } from './PredictPanel';
