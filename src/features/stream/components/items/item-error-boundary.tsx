import { Component, type ReactNode } from 'react';
import { UnknownItem } from './unknown-item.tsx';

interface Props {
  item: unknown;
  children: ReactNode;
}

interface State {
  item: unknown;
  failed: boolean;
}

/**
 * Last line of defence: a renderer that throws on some unforeseen shape shows the item as JSON
 * instead of taking the whole Response panel down. The next version of the item tries again.
 */
export class ItemErrorBoundary extends Component<Props, State> {
  override state: State = { item: this.props.item, failed: false };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.item === state.item ? null : { item: props.item, failed: false };
  }

  override render() {
    if (this.state.failed) {
      return <UnknownItem item={this.props.item} note="This item could not be rendered." />;
    }
    return this.props.children;
  }
}
