import { CONTENT_FRAGMENT_NAME, minutesExtensions } from '@minutes/schema'
import type { AnyExtension, Extensions, Node, NodeViewRenderer } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import type { CollaborationSession } from '../collaboration/createCollaborationSession'
import type { LocalUser } from '../collaboration/localUser'
import { BlockPrompt } from './blocks/BlockPrompt'
import { MoveBlockShortcuts } from './blocks/MoveBlockShortcuts'
import { PeopleClipboard } from './clipboard/PeopleClipboard'
import { DocumentEdgeShortcuts } from './navigation/DocumentEdgeShortcuts'
import { DrawnAroundCaret } from './navigation/DrawnAroundCaret'
import { ActionItemView } from './node-views/ActionItemView'
import { AgendaItemView } from './node-views/AgendaItemView'
import { AnswerView } from './node-views/AnswerView'
import { AttendanceListView } from './node-views/AttendanceListView'
import { AttendeeView } from './node-views/AttendeeView'
import { ChairSummaryView } from './node-views/ChairSummaryView'
import { createNodeView } from './node-views/createNodeView'
import { DecisionView } from './node-views/DecisionView'
import { MeetingDetailsView } from './node-views/MeetingDetailsView'
import { MeetingHeaderView } from './node-views/MeetingHeaderView'
import { OfficerView } from './node-views/OfficerView'
import { QuestionAnswerView } from './node-views/QuestionAnswerView'
import { QuestionView } from './node-views/QuestionView'
import { RecommendationView } from './node-views/RecommendationView'
import { SpeakerSectionView } from './node-views/SpeakerSectionView'
import { ReadSelectionBeforeRemoteChanges } from './ReadSelectionBeforeRemoteChanges'
import { SlashCommand } from './slash/SlashCommand'

/** The client's React views of the schema's nodes; the schema package stays free of React. */
const nodeViews: Readonly<Record<string, NodeViewRenderer>> = {
  meetingHeader: createNodeView(MeetingHeaderView),
  officer: createNodeView(OfficerView),
  meetingDetails: createNodeView(MeetingDetailsView),
  agendaItem: createNodeView(AgendaItemView),
  attendanceList: createNodeView(AttendanceListView, { contentDOMElementTag: 'ul' }),
  attendee: createNodeView(AttendeeView, { as: 'li' }),
  speakerSection: createNodeView(SpeakerSectionView),
  recommendation: createNodeView(RecommendationView),
  questionAnswer: createNodeView(QuestionAnswerView),
  question: createNodeView(QuestionView),
  answer: createNodeView(AnswerView),
  chairSummary: createNodeView(ChairSummaryView),
  decision: createNodeView(DecisionView),
  actionItem: createNodeView(ActionItemView),
}

function withNodeView(extension: AnyExtension): AnyExtension {
  const view = nodeViews[extension.name]
  if (!view || extension.type !== 'node') return extension
  return (extension as Node).extend({ addNodeView: () => view })
}

/** The shared minutes schema with this client's node views and nothing else: to show content read-only. */
export function readOnlyExtensions(): Extensions {
  return minutesExtensions().map(withNodeView)
}

/** The shared minutes schema with this client's node views and editing aids, bound to one document. */
export function editorExtensions(session: CollaborationSession, user: LocalUser): Extensions {
  return [
    ...minutesExtensions().map(withNodeView),
    Collaboration.configure({ document: session.ydoc, field: CONTENT_FRAGMENT_NAME }),
    CollaborationCaret.configure({ provider: session.provider, user }),
    ReadSelectionBeforeRemoteChanges.configure({ document: session.ydoc }),
    PeopleClipboard.configure({ people: session.people }),
    BlockPrompt,
    MoveBlockShortcuts,
    DocumentEdgeShortcuts,
    DrawnAroundCaret,
    SlashCommand,
  ]
}
