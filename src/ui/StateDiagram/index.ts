export { StateDiagram, type StateDiagramProps } from './StateDiagram';
export { ExplanationPanel, type ExplanationPanelProps } from './ExplanationPanel';
export {
  CLOSED_END,
  COMPACT_BELOW_PX,
  LAYOUTS,
  currentNode,
  edgeById,
  pathOf,
  type DiagramEdge,
  type DiagramLayout,
  type DiagramNode,
  type DiagramPath,
  type DiagramSelection,
  type DiagramTransition,
  type LayoutName,
  type NodeId,
  type PathStep,
} from './diagramModel';
